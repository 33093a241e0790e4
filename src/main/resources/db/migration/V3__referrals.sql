-- The partner directory: national partners from the seeds (national = TRUE) and regional ones the worker adds.
CREATE TABLE partner (
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    audience       VARCHAR(40)   NOT NULL,
    contact_person VARCHAR(200),
    phone          VARCHAR(60),
    secure_email   VARCHAR(200),
    notes          VARCHAR(4000),
    national       BOOLEAN       DEFAULT FALSE NOT NULL
);

-- One referral made for a case: to whom, what was included (question ids), what was added outside `share` and
-- why, whether the name was included, and where it stands with the partner.
CREATE TABLE referral (
    id                VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id           VARCHAR(36)   NOT NULL REFERENCES case_file (id),
    partner_id        VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    worker_id         VARCHAR(64)   NOT NULL,
    language          VARCHAR(8)    NOT NULL,
    include_name      BOOLEAN       DEFAULT FALSE NOT NULL,
    items             CLOB          NOT NULL,
    outside_share     CLOB          NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    status_note       VARCHAR(4000),
    status_changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX referral_case ON referral (case_id, created_at);
