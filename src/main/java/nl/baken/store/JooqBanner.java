package nl.baken.store;

/** Keeps jOOQ's banner and tips off stdout: the command line's stdout belongs to its contract. */
public final class JooqBanner {

    private JooqBanner() {
    }

    /** Must run before jOOQ's first class loads; both the launcher and the app call it first thing. */
    public static void silence() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
