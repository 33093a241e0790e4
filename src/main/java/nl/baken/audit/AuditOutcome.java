package nl.baken.audit;

/** How an audited action ended (NEN 7513): done, refused (a wrong passphrase, no consent) or failed on the way. */
public enum AuditOutcome {
    SUCCESS, DENIED, FAILED;

    /** The bundle key of this outcome in the worker's language. */
    public String messageKey() {
        return switch (this) {
            case SUCCESS -> "audit.outcome.success";
            case DENIED -> "audit.outcome.denied";
            case FAILED -> "audit.outcome.failed";
        };
    }
}
