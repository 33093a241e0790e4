package nl.baken.cases;

/**
 * Input the case desk refuses, changing nothing: the reason names the problem (screens and the command line word
 * it from their bundles), the message holds no content.
 */
public final class CaseDeskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        UNKNOWN_CASE, UNKNOWN_TASK, UNKNOWN_WORKER, ALREADY_CLOSED, NOT_CLOSED, EMPTY_TEXT, TEXT_TOO_LONG,
        INVALID_TEXT, NO_REFLECTION_PERIOD, BAD_EXTENSION
    }

    private final Reason reason;

    public CaseDeskException(Reason reason) {
        super("case desk refused: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
