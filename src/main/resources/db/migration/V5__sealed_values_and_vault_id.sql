-- Issue 12: every personal value is sealed by the application (AES-256-GCM, table + row key + column as associated
-- data), so its column holds bytes: a version byte, a 12-byte nonce, the UTF-8 text encrypted and a 16-byte tag.
-- Lengths: the old maximum in characters times 4 (the most UTF-8 needs per character) plus 29 bytes, so the Sealer
-- can keep the old limit in characters ((length - 29) / 4). No vault made before this migration exists outside
-- development (ADR 0008), so the columns are retyped, not converted. It follows V4_1 (drafts), which it seals too;
-- applied migrations are never edited. No BLOB: H2 2.5 keeps BLOB values in its LOB storage, and with BLOB columns
-- AutosaveCrashTest lost the newest acknowledged answers after a kill (10 of 1,107 over 50 kills, twice, on a quiet
-- machine); with VARBINARY, 0 of 1,030. Large VARBINARY limits keep long answers and referrals possible.
ALTER TABLE audit_event ALTER COLUMN subject SET DATA TYPE VARBINARY(541);
ALTER TABLE case_file ALTER COLUMN alias SET DATA TYPE VARBINARY(829);
ALTER TABLE intake ALTER COLUMN assessment_note SET DATA TYPE VARBINARY(16029);
ALTER TABLE intake ALTER COLUMN next_steps SET DATA TYPE VARBINARY(16029);
ALTER TABLE answer ALTER COLUMN answer_values SET DATA TYPE VARBINARY(1000000);
ALTER TABLE partner ALTER COLUMN contact_person SET DATA TYPE VARBINARY(829);
ALTER TABLE partner ALTER COLUMN phone SET DATA TYPE VARBINARY(269);
ALTER TABLE partner ALTER COLUMN secure_email SET DATA TYPE VARBINARY(829);
ALTER TABLE partner ALTER COLUMN notes SET DATA TYPE VARBINARY(16029);
ALTER TABLE referral ALTER COLUMN items SET DATA TYPE VARBINARY(16000000);
ALTER TABLE referral ALTER COLUMN outside_share SET DATA TYPE VARBINARY(16000000);
ALTER TABLE referral ALTER COLUMN status_note SET DATA TYPE VARBINARY(16029);
ALTER TABLE intake_draft ALTER COLUMN draft_text SET DATA TYPE VARBINARY(1000000);

-- The vault's id, also bound into the key slots' MAC: a database and key slots that do not belong together are
-- refused. Exactly one row, written at setup.
CREATE TABLE vault (
    vault_id VARCHAR(36) NOT NULL PRIMARY KEY
);
