package nl.baken.store;

/**
 * A failure of the encrypted database, described by a reason and ids only. Never carries SQL, bind values or
 * driver messages, which may contain personal data.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the user needs to know. */
    public enum Reason { MISSING, WRONG_KEY, IN_USE, UNREADABLE, MIGRATION_FAILED, WRITE_FAILED, CLOSED }

    private final Reason reason;
    private final int errorCode;

    public StoreException(Reason reason, int errorCode) {
        super("store " + reason + " (code " + errorCode + ")", null, false, true);
        this.reason = reason;
        this.errorCode = errorCode;
    }

    public Reason reason() {
        return reason;
    }

    /** The driver's error code, safe to log. */
    public int errorCode() {
        return errorCode;
    }
}
