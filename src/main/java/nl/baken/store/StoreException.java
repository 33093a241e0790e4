package nl.baken.store;

/**
 * A failure of the encrypted database, described by a reason and ids only. Never carries SQL, bind values or
 * driver messages, which may contain personal data.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the user needs to know. */
    public enum Reason { MISSING, WRONG_KEY, IN_USE, UNREADABLE, MIGRATION_FAILED, WRITE_FAILED, CLOSED, DAMAGED }

    private final Reason reason;
    private final int errorCode;
    private final String where;

    public StoreException(Reason reason, int errorCode) {
        this(reason, errorCode, "");
    }

    private StoreException(Reason reason, int errorCode, String where) {
        super("store " + reason + " (code " + errorCode + ")" + (where.isEmpty() ? "" : " at " + where), null, false,
                true);
        this.reason = reason;
        this.errorCode = errorCode;
        this.where = where;
    }

    /** The vault is damaged at {@code where}: a table name and a row id, never content. */
    public static StoreException damaged(String where) {
        return new StoreException(Reason.DAMAGED, 0, where);
    }

    /** Where the damage was found (table and row id), or empty. */
    public String where() {
        return where;
    }

    public Reason reason() {
        return reason;
    }

    /** The driver's error code, safe to log. */
    public int errorCode() {
        return errorCode;
    }
}
