package nl.baken.backup;

/**
 * What erasing a case loses, counted before the worker confirms: its intakes and their answers, consent records,
 * referrals (and how many of them are still in progress), tasks and notes. Counts and the reference only.
 */
public record ErasureLosses(String caseId, String reference, int intakes, int answers, int consents, int referrals,
                            int referralsInProgress, int tasks, int notes) {

    /** True when a referral of the case is still in progress: erasing it then needs the worker's confirmation. */
    public boolean referralInProgress() {
        return referralsInProgress > 0;
    }
}
