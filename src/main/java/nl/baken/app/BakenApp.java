package nl.baken.app;

import java.io.InputStream;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import nl.baken.i18n.Messages;
import nl.baken.session.LogSetup;
import nl.baken.session.Version;
import nl.baken.store.JooqBanner;
import nl.baken.ui.FxBackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the window and hands it to the {@link AppShell}. */
public final class BakenApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(BakenApp.class);
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private AppConfig config;
    private FxBackgroundTasks tasks;
    private AppShell shell;
    private Preferences preferences;

    /** Used by {@code Application.launch}: the configuration comes from the named parameters. */
    public BakenApp() {
    }

    /** Used by tests: a given data directory, language and clock. */
    public BakenApp(AppConfig config) {
        this.config = config;
    }

    /**
     * Runs on the launcher thread, before the FX thread starts: the data directory, the log and preferences are
     * files. The data directory is made (owner-only) before the log, which would otherwise make it with the
     * default permissions; a directory that lets others in is noted for the worker and in the log.
     */
    @Override
    public void init() {
        JooqBanner.silence();
        HeapFootprint.keepSmall();
        if (config == null) {
            config = AppConfig.fromParameters(getParameters().getNamed());
        }
        try {
            config.dataDirectory().create();
        } catch (java.io.IOException e) {
            // Setup says so when it cannot write; without the directory there is no log either, so the terminal
            // that started Baken is the only place to say it (a path, no personal data).
            Messages messages = config.languageOverride() != null ? Messages.of(config.languageOverride())
                    : Messages.ofSystemLocale();
            System.err.println(messages.text("app.start.data_dir_failed", config.dataDirectory().root()));
        }
        LogSetup.toDirectory(config.dataDirectory());
        if (config.dataDirectory().othersHaveAccess()) {
            LOG.warn("the data directory can be read by other accounts");
        }
        preferences = new PreferencesStore(config.dataDirectory().preferencesFile()).load();
    }

    @Override
    public void start(Stage stage) {
        LOG.info("Baken {} starting", Version.current());
        tasks = new FxBackgroundTasks();
        shell = new AppShell(stage, config, preferences, tasks);
        addIcons(stage);
        stage.setMinWidth(WindowSize.MIN_WIDTH);
        stage.setMinHeight(WindowSize.MIN_HEIGHT);
        stage.show();
        shell.start();
    }

    /** The shell, for end-to-end tests. */
    public AppShell shell() {
        return shell;
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.closeSessionForShutdown();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        LOG.info("Baken stopped");
    }

    private static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            try (InputStream in = BakenApp.class.getResourceAsStream("/icons/baken-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException e) {
                LOG.warn("icon {} not loaded", size);
            }
        }
    }
}
