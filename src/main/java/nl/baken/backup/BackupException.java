package nl.baken.backup;

/**
 * A backup that could not be made, verified or restored, with a reason the command line and the app put into the
 * user's language ({@link Reason#messageKey()}). The message holds the reason code only, never content.
 */
public final class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why; each has a bundle key {@code backup.error.<name in lower case>}. */
    public enum Reason {
        /** Not a Baken backup at all (no magic). */
        NOT_A_BACKUP("backup.error.not_a_backup"),
        /** A backup format this Baken does not know (made by a newer one). */
        UNKNOWN_VERSION("backup.error.unknown_version"),
        /** Cut short, changed, or bytes added: a chunk failed its tag or the file ended early. */
        DAMAGED("backup.error.damaged"),
        /** Neither a worker's passphrase nor the recovery code of that vault. */
        WRONG_SECRET("backup.error.wrong_secret"),
        /** The file could not be read. */
        UNREADABLE("backup.error.unreadable"),
        /** The backup or the restored folder could not be written. */
        UNWRITABLE("backup.error.unwritable"),
        /** The backup file named already exists: never overwritten. */
        FILE_EXISTS("backup.error.file_exists"),
        /** The restore target is not an empty folder. */
        TARGET_NOT_EMPTY("backup.error.target_not_empty"),
        /** The snapshot opened but failed the vault check. */
        CHECK_FAILED("backup.error.check_failed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public BackupException(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public BackupException(Reason reason, Throwable cause) {
        super(reason.name(), cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
