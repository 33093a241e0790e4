package nl.baken.cli;

/** A failure that a command has already put into words for the user, with the exit code it should end with. */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient String userMessage;
    private final int exitCode;

    public CliFailure(String userMessage, int exitCode) {
        super("command failed with exit code " + exitCode, null, false, false);
        this.userMessage = userMessage;
        this.exitCode = exitCode;
    }

    public String userMessage() {
        return userMessage;
    }

    public int exitCode() {
        return exitCode;
    }
}
