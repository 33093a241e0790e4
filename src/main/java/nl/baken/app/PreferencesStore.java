package nl.baken.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import nl.baken.i18n.Messages;
import nl.baken.vault.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes {@link Preferences}; a missing or damaged file gives the defaults, never an error. */
public final class PreferencesStore {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);
    private static final long MIN_SECONDS = 1;
    private static final long MAX_SECONDS = 24 * 3600;
    private final Path file;

    public PreferencesStore(Path file) {
        this.file = file;
    }

    public Preferences load() {
        Preferences defaults = Preferences.defaults();
        if (!Files.exists(file)) {
            return defaults;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("preferences unreadable, using defaults");
            return defaults;
        }
        String language = p.getProperty("language", defaults.language());
        if (!Messages.LANGUAGES.contains(language)) {
            language = defaults.language();
        }
        Duration autoLock = defaults.autoLockAfter();
        try {
            long seconds = Long.parseLong(p.getProperty("autolock.seconds", Long.toString(autoLock.toSeconds())).trim());
            autoLock = Duration.ofSeconds(Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, seconds)));
        } catch (NumberFormatException e) {
            LOG.warn("autolock.seconds unreadable, using the default");
        }
        boolean minimise = !"false".equalsIgnoreCase(p.getProperty("lock.when.minimised", "true").trim());
        return new Preferences(language, autoLock, minimise);
    }

    public void save(Preferences prefs) throws IOException {
        Properties p = new Properties();
        p.setProperty("language", prefs.language());
        p.setProperty("autolock.seconds", Long.toString(prefs.autoLockAfter().toSeconds()));
        p.setProperty("lock.when.minimised", Boolean.toString(prefs.lockWhenMinimised()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.store(out, "Baken preferences (no personal data)");
        AtomicFiles.write(file, out.toByteArray());
    }
}
