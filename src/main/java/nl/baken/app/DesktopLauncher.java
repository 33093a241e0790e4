package nl.baken.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import nl.baken.vault.DataDirectory;

/** Starts the JavaFX app, passing the data directory and language as named application parameters. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** Opens the app and returns when its window has closed. Null arguments mean "the default". */
    public static void open(DataDirectory dataDirectory, String language) {
        List<String> params = new ArrayList<>();
        if (dataDirectory != null) {
            params.add("--data-dir=" + dataDirectory.root());
        }
        if (language != null) {
            params.add("--lang=" + language);
        }
        Application.launch(BakenApp.class, params.toArray(String[]::new));
    }
}
