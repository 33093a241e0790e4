package nl.baken.backup;

/**
 * An erasure that was refused, with a reason the command line and the app put into the user's language
 * ({@link Reason#messageKey()}); nothing was changed. The message holds the reason code only, never content.
 */
public final class ErasureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; each has a bundle key {@code erase.error.<name in lower case>}. */
    public enum Reason {
        /** No case with that id. */
        UNKNOWN_CASE("erase.error.unknown_case"),
        /** A referral of the case is still in progress and the worker did not confirm erasing despite it. */
        REFERRAL_IN_PROGRESS("erase.error.referral_in_progress");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public ErasureException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
