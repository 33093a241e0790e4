package nl.baken.audit;

/**
 * The kind of action an entry records (NEN 7513's "what"), derived from its fixed event name, so an event another
 * feature adds later gets a kind without a change here.
 */
public enum AuditAction {
    LOGIN, LOGOUT, READ, CREATE, UPDATE, DELETE, EXPORT;

    /** The kind of {@code event}: by the event's exact name first, then by how it ends. */
    public static AuditAction of(String event) {
        switch (event) {
            case "VAULT_UNLOCK", "RECOVERY_CODE_USED":
                return LOGIN;
            case "VAULT_LOCK":
                return LOGOUT;
            case "BACKUP_CREATE":
                return EXPORT;
            default:
                break;
        }
        if (endsWithAny(event, "_VIEW", "_READ", "_OPEN", "_PREVIEW", "_VERIFY", "_SEARCH", "_REVEAL")) {
            return READ;
        }
        if (endsWithAny(event, "_EXPORT")) {
            return EXPORT;
        }
        if (endsWithAny(event, "_ADD", "_CREATE", "_START", "_IMPORT")) {
            return CREATE;
        }
        if (endsWithAny(event, "_REMOVE", "_ERASED", "_ERASE", "_DELETE")) {
            return DELETE;
        }
        return UPDATE;
    }

    /** The bundle key of this kind's name in the worker's language (the audit view shows words, not codes). */
    public String messageKey() {
        return switch (this) {
            case LOGIN -> "audit.action.login";
            case LOGOUT -> "audit.action.logout";
            case READ -> "audit.action.read";
            case CREATE -> "audit.action.create";
            case UPDATE -> "audit.action.update";
            case DELETE -> "audit.action.delete";
            case EXPORT -> "audit.action.export";
        };
    }

    private static boolean endsWithAny(String event, String... endings) {
        for (String ending : endings) {
            if (event.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
