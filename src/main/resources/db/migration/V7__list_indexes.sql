-- Issue 13 item 9: what the lists read at 10,000 and 100,000 cases, so none of them sorts or scans a whole table.
-- V6 (the case desk) has the indexes for resumable intakes (intake_status), the case list (case_file_created,
-- case_file_last_activity) and the open tasks; the referral screen's EXISTS on a case's finished intake uses V2's
-- intake_case.

-- Referrals waiting for an answer (status SENT for more than 7 days) on the home screen.
CREATE INDEX referral_status ON referral (status, status_changed_at);
