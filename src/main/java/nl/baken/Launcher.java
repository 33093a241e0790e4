package nl.baken;

import nl.baken.app.DesktopLauncher;
import nl.baken.cli.BakenCommand;

/**
 * Entry point of the jar: without arguments it opens the desktop app, with arguments it is the command-line tool.
 * It does not extend {@code Application}, so the shaded jar and jpackage can start JavaFX from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        quietLibraries();
        if (args.length == 0) {
            int code = DesktopLauncher.open(null, null);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        System.exit(BakenCommand.execute(args));
    }

    /** jOOQ prints a banner and tips on stdout; the command line's stdout belongs to its contract. */
    public static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
