package nl.baken.cli;

import nl.baken.vault.DataDirectory;

/**
 * Opens the desktop app for {@code baken open}. The launcher hands in the app's own opener, so the command line
 * never imports the GUI and nothing points from {@code cli} back up to {@code app}.
 */
@FunctionalInterface
public interface DesktopOpener {

    /**
     * Opens the app and returns when its window has closed: 0, or 1 when the window could not open (said on stderr).
     * Null arguments mean "the default".
     */
    int open(DataDirectory dataDirectory, String language);
}
