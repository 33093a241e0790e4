-- Issue 15, the audit log complete (ADR 0013): the NEN 7513 fields of every entry and the HMAC chain's secret.
-- Rows from before V8 keep their SHA-256 chain as a legacy segment; the first entry after the upgrade is
-- AUDIT_CHAIN_UPGRADE, and from it on every entry is an HMAC-SHA256 over the previous one and all its fields.

-- What kind of action (READ, CREATE, UPDATE, DELETE, EXPORT, LOGIN, LOGOUT), how it ended (SUCCESS, DENIED,
-- FAILED), which case (its id, sealed like the subject: VARBINARY of 36 * 4 + 29 bytes) and from where (the
-- vault's id). Null in the legacy segment.
ALTER TABLE audit_event ADD COLUMN action VARCHAR(16);
ALTER TABLE audit_event ADD COLUMN outcome VARCHAR(16);
ALTER TABLE audit_event ADD COLUMN case_id VARBINARY(173);
ALTER TABLE audit_event ADD COLUMN device VARCHAR(36);

-- The chain's secret: 256 random bits (hex), sealed under the database key and bound to this row, so a rekey
-- seals it again with every other value and the chain stays as it is. Made at the first entry after V8.
ALTER TABLE vault ADD COLUMN audit_secret VARBINARY(285);

-- An anchor is only moved on while the log still holds the entry it names (found by its chain value).
CREATE INDEX audit_event_hash ON audit_event (hash);
