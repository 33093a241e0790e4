package nl.baken;

import nl.baken.app.DesktopLauncher;
import nl.baken.cli.BakenCommand;
import nl.baken.store.JooqBanner;

/**
 * Entry point of the jar: without arguments it opens the desktop app, with arguments it is the command-line tool.
 * It stands above both {@code app} and {@code cli}, so neither needs the other: it hands the app's opener to the
 * command line for {@code baken open}.
 * It does not extend {@code Application}, so the shaded jar and jpackage can start JavaFX from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        JooqBanner.silence();
        if (args.length == 0) {
            int code = DesktopLauncher.open(null, null);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        System.exit(BakenCommand.execute(DesktopLauncher::open, args));
    }
}
