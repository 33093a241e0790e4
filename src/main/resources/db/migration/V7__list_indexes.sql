-- Issue 13 item 9: what the lists read at 10,000 and 100,000 cases, so none of them sorts or scans a whole table.
-- (The referral screen's EXISTS on a case's finished intake uses V2's intake_case.)
-- IF NOT EXISTS because V6 (the case desk) creates the first two under the same names and columns: whichever branch
-- a vault came from, it ends with one index each.

-- The resumable intakes on the home screen (in progress or paused, newest first).
CREATE INDEX IF NOT EXISTS intake_status ON intake (status, updated_at);

-- The case list, newest first.
CREATE INDEX IF NOT EXISTS case_file_created ON case_file (created_at);

-- Referrals waiting for an answer (status SENT for more than 7 days) on the home screen.
CREATE INDEX referral_status ON referral (status, status_changed_at);
