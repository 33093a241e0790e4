package nl.baken.referral;

/**
 * A referral that could not be made or saved, with a reason the UI turns into a message in the user's language.
 * The message holds only the reason (and the kind of failure), never a name, a path or a password.
 */
public final class ReferralException extends Exception implements nl.baken.i18n.MessageKeyed {

    private static final long serialVersionUID = 1L;

    /** Why it failed; each reason has its bundle key. */
    public enum Reason {
        RENDER_FAILED("referral.error.render_failed"),
        FOLDER_MISSING("referral.error.folder_missing"),
        WRITE_FAILED("referral.error.write_failed"),
        NO_CONSENT("referral.error.no_consent"),
        REASON_MISSING("referral.error.reason_missing"),
        UNKNOWN_ITEM("referral.error.unknown_item"),
        NO_PARTNER("referral.error.no_partner"),
        NO_INTAKE("referral.error.no_intake");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    /** The failure's type is kept by name only: an I/O exception's own message may carry a path. */
    public ReferralException(Reason reason, Throwable failure) {
        super(reason.name() + (failure == null ? "" : " (" + failure.getClass().getSimpleName() + ")"));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return reason.messageKey();
    }
}
