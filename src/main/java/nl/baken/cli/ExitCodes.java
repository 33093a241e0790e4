package nl.baken.cli;

/** The exit codes of the command-line tool, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** An invalid file, a damaged vault, or any other failure that a message explains. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong (picocli's usage error). */
    public static final int USAGE = 2;
    /** The passphrase or recovery code did not open the vault. */
    public static final int WRONG_PASSPHRASE = 3;
    /**
     * A referral was refused because the person's consent for that audience is missing, or a CoMensha registration
     * because its consent or the signed form is.
     */
    public static final int NO_CONSENT = 4;

    private ExitCodes() {
    }
}
