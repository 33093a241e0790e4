-- Every questionnaire version an intake used, so a case stays readable after the seeds change.
CREATE TABLE questionnaire_version (
    questionnaire_id VARCHAR(100) NOT NULL,
    version          INT          NOT NULL,
    content          CLOB         NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    added_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (questionnaire_id, version)
);

-- A case: one person, known by a pseudonymous reference; the alias is optional personal data.
CREATE TABLE case_file (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    reference   VARCHAR(20)  NOT NULL UNIQUE,
    alias       VARCHAR(200),
    status      VARCHAR(20)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    worker_id   VARCHAR(64)  NOT NULL
);

-- One interview with a case, taken with one questionnaire version.
CREATE TABLE intake (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    case_id               VARCHAR(36)  NOT NULL REFERENCES case_file (id),
    questionnaire_id      VARCHAR(100) NOT NULL,
    questionnaire_version INT          NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    worker_id             VARCHAR(64)  NOT NULL,
    worker_language       VARCHAR(8)   NOT NULL,
    client_language       VARCHAR(8)   NOT NULL,
    interpreter           VARCHAR(20)  NOT NULL,
    interpreter_language  VARCHAR(40),
    current_question      VARCHAR(100),
    urgent_acknowledged   BOOLEAN      DEFAULT FALSE NOT NULL,
    assessment            VARCHAR(10),
    assessment_note       VARCHAR(4000),
    next_steps            VARCHAR(4000),
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at           TIMESTAMP WITH TIME ZONE,
    FOREIGN KEY (questionnaire_id, questionnaire_version)
        REFERENCES questionnaire_version (questionnaire_id, version)
);

-- One row per answer state: VALUE (with values as a JSON array), DONT_KNOW, DECLINED or SKIPPED.
CREATE TABLE answer (
    intake_id     VARCHAR(36)  NOT NULL REFERENCES intake (id),
    question_id   VARCHAR(100) NOT NULL,
    state         VARCHAR(12)  NOT NULL,
    answer_values CLOB,
    answered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    worker_id     VARCHAR(64)  NOT NULL,
    PRIMARY KEY (intake_id, question_id)
);

-- Consent per purpose, as a history: the newest row of a purpose is the one in force.
CREATE TABLE consent (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       VARCHAR(36)  NOT NULL REFERENCES case_file (id),
    purpose       VARCHAR(40)  NOT NULL,
    decision      VARCHAR(12)  NOT NULL,
    signed_by     VARCHAR(20),
    form_received BOOLEAN      DEFAULT FALSE NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    worker_id     VARCHAR(64)  NOT NULL
);

CREATE INDEX consent_case ON consent (case_id, purpose, id);
CREATE INDEX intake_case ON intake (case_id);
