-- Settings of the organisation and the app that belong inside the vault (organisation name, contact details).
CREATE TABLE setting (
    name          VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);

-- Hash-chained audit log: every unlock, lock, view, change and export. Ids only, never personal data.
CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    worker_id   VARCHAR(64),
    event       VARCHAR(64)  NOT NULL,
    subject     VARCHAR(128),
    prev_hash   VARCHAR(64)  NOT NULL,
    hash        VARCHAR(64)  NOT NULL
);
