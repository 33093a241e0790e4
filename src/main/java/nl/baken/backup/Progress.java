package nl.baken.backup;

/** Told how far a backup has come: {@code done} of about {@code total} rows ({@code total} may be 0: unknown). */
@FunctionalInterface
public interface Progress {

    /** Nothing to tell (the command line's {@code --quiet}). */
    Progress NONE = (done, total) -> {
        // --quiet: the progress is not shown anywhere, on purpose.
    };

    void rows(long done, long total);
}
