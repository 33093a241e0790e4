-- A text typed into an answer field but not yet saved as an answer, kept when the app locks (quick-hide, idle,
-- Ctrl+L) so it is not lost. A draft is not an answer: it lives apart from the answer table, so review, walk,
-- referrals and exports never see it. At most one per intake; saving an answer to its question removes it.
CREATE TABLE intake_draft (
    intake_id   VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES intake (id),
    question_id VARCHAR(100) NOT NULL,
    draft_text  CLOB         NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
