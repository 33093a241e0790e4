package nl.baken.vault;

/**
 * A vault operation that could not be done, with a reason the UI and the command line turn into a message in the
 * user's language. The exception's own message holds only the reason code: never a name or a passphrase.
 */
public final class VaultException extends RuntimeException implements nl.baken.i18n.MessageKeyed {

    private static final long serialVersionUID = 1L;

    /** Why an operation failed; each has a bundle key {@code vault.error.<name in lower case>}. */
    public enum Reason {
        NOT_SET_UP("vault.error.not_set_up"),
        ALREADY_SET_UP("vault.error.already_set_up"),
        KEYSLOTS_MISSING("vault.error.keyslots_missing"),
        KEYSLOTS_DAMAGED("vault.error.keyslots_damaged"),
        KEYSLOTS_TAMPERED("vault.error.keyslots_tampered"),
        KEYSLOTS_UNREADABLE("vault.error.keyslots_unreadable"),
        KEYSLOTS_UNWRITABLE("vault.error.keyslots_unwritable"),
        DATABASE_MISSING("vault.error.database_missing"),
        DATABASE_UNREADABLE("vault.error.database_unreadable"),
        DATABASE_DAMAGED("vault.error.database_damaged"),
        DATABASE_IN_USE("vault.error.database_in_use"),
        WRONG_PASSPHRASE("vault.error.wrong_passphrase"),
        WRONG_RECOVERY_CODE("vault.error.wrong_recovery_code"),
        UNKNOWN_WORKER("vault.error.unknown_worker"),
        WORKER_EXISTS("vault.error.worker_exists"),
        INVALID_WORKER_NAME("vault.error.invalid_worker_name"),
        NOT_ADMIN("vault.error.not_admin"),
        LAST_ADMIN("vault.error.last_admin"),
        PASSPHRASE_TOO_SHORT("vault.error.passphrase_too_short");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public VaultException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public VaultException(Reason reason, Throwable cause) {
        super(reason.name(), cause);
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
