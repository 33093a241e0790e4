-- Issue 13, the case desk: tasks, notes and the reflection period (bedenktijd) of a case, and what the case list
-- needs on the case itself. Personal text (task texts, notes, the close reason) is sealed by the application like
-- every personal value since V5: VARBINARY of (characters * 4 + 29) bytes, never BLOB (see V5's header). Codes,
-- dates, flags and ids stay plain so lists, counts and filters are SQL (ADR 0011).

-- When the case was closed, why (free text, so it may hold personal data: sealed), when anything last happened to
-- it (the list sorts on it), and the forms of exploitation its intakes signal, as codes ("labour,sexual").
ALTER TABLE case_file ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_file ADD COLUMN close_reason VARBINARY(2029);
ALTER TABLE case_file ADD COLUMN last_activity_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_file ADD COLUMN exploitation_forms VARCHAR(100) DEFAULT '' NOT NULL;
UPDATE case_file SET last_activity_at = created_at;
ALTER TABLE case_file ALTER COLUMN last_activity_at SET NOT NULL;

-- A task of a case: what (a short summary), due on a date (and optionally at a time), done or not, by whom. Made by
-- hand (MANUAL) or from an intake's `role: followup_date` answer (FOLLOWUP: at most one per intake, which keeps it
-- in step with the answer; its text is empty and the screens word it).
CREATE TABLE case_task (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    case_id            VARCHAR(36)  NOT NULL REFERENCES case_file (id),
    task_text          VARBINARY(829) NOT NULL,
    due_date           DATE         NOT NULL,
    due_time           TIME,
    done               BOOLEAN      DEFAULT FALSE NOT NULL,
    done_at            TIMESTAMP WITH TIME ZONE,
    worker_id          VARCHAR(64)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    origin             VARCHAR(20)  NOT NULL,
    source_intake_id   VARCHAR(36)  REFERENCES intake (id),
    CONSTRAINT case_task_one_followup UNIQUE (source_intake_id)
);

-- A short dated note (a summary, not a transcript).
CREATE TABLE case_note (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    case_id    VARCHAR(36)  NOT NULL REFERENCES case_file (id),
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note_text  VARBINARY(8029) NOT NULL,
    worker_id  VARCHAR(64)  NOT NULL
);

-- The reflection period of a case (at most one): start, extension (an ISO-8601 period such as P1M), the end date
-- (start + 3 months + extension, computed with java.time and kept for the deadline list's index), and its status.
CREATE TABLE reflection_period (
    case_id          VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES case_file (id),
    start_date       DATE         NOT NULL,
    extension        VARCHAR(20)  DEFAULT 'P0D' NOT NULL,
    end_date         DATE         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    source_intake_id VARCHAR(36)  REFERENCES intake (id),
    recorded_by      VARCHAR(64)  NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What the desk's lists and counts read: open tasks by due date, a case's tasks and notes, running periods by end,
-- cases by status and by last activity, intakes by status (the resumable list; issue 13 item 9).
CREATE INDEX case_task_open_due ON case_task (done, due_date);
CREATE INDEX case_task_case ON case_task (case_id, due_date);
CREATE INDEX case_note_case ON case_note (case_id, written_at);
CREATE INDEX reflection_status_end ON reflection_period (status, end_date);
CREATE INDEX case_file_status ON case_file (status, last_activity_at);
CREATE INDEX case_file_last_activity ON case_file (last_activity_at);
CREATE INDEX case_file_created ON case_file (created_at);
CREATE INDEX intake_status ON intake (status, updated_at);
