package nl.baken.app;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import nl.baken.i18n.Messages;
import nl.baken.session.LogSetup;
import nl.baken.vault.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the JavaFX app, passing the data directory and language as named application parameters. */
public final class DesktopLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopLauncher.class);

    private DesktopLauncher() {
    }

    /**
     * Opens the app and returns when its window has closed: exit code 0, or 1 when the window could not open, with
     * one line on stderr saying why (without GTK 3 on Linux: what to install) and never a stack trace. Null
     * arguments mean "the default".
     */
    public static int open(DataDirectory dataDirectory, String language) {
        List<String> params = new ArrayList<>();
        if (dataDirectory != null) {
            params.add("--data-dir=" + dataDirectory.root());
        }
        if (language != null) {
            params.add("--lang=" + language);
        }
        try {
            Application.launch(BakenApp.class, params.toArray(String[]::new));
            return 0;
        } catch (RuntimeException | Error e) {
            Messages messages = language != null ? Messages.of(language) : Messages.ofSystemLocale();
            String key = GraphicsProblem.messageKey(e, System.getProperty("os.name")).orElse(null);
            LOG.error("the window could not open: {}", e.getClass().getName());
            System.err.println(key != null ? messages.text(key)
                    : LogSetup.file().map(f -> messages.text("app.start.failed_log", f))
                            .orElseGet(() -> messages.text("app.start.failed")));
            return 1;
        }
    }
}
