package nl.baken.store;

/**
 * A failure of the encrypted database, described by a reason and ids only. Never carries SQL, bind values or
 * driver messages, which may contain personal data.
 */
public final class StoreException extends RuntimeException implements nl.baken.i18n.MessageKeyed {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the user needs to know; each has a bundle key {@code store.error.<name in lower case>}. */
    public enum Reason {
        MISSING, WRONG_KEY, IN_USE, UNREADABLE, MIGRATION_FAILED, WRITE_FAILED, CLOSED, DAMAGED;

        /** Its bundle key; the switch has no default, so a new reason does not compile without its text. */
        public String messageKey() {
            return switch (this) {
                case MISSING -> "store.error.missing";
                case WRONG_KEY -> "store.error.wrong_key";
                case IN_USE -> "store.error.in_use";
                case UNREADABLE -> "store.error.unreadable";
                case MIGRATION_FAILED -> "store.error.migration_failed";
                case WRITE_FAILED -> "store.error.write_failed";
                case CLOSED -> "store.error.closed";
                case DAMAGED -> "store.error.damaged";
            };
        }
    }

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

    @Override
    public String messageKey() {
        return reason.messageKey();
    }

    /** The driver's error code, safe to log. */
    public int errorCode() {
        return errorCode;
    }
}
