package nl.baken.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every journey test shares, as a JUnit 5 extension: a fresh temporary data directory per test, the app
 * started on it through {@link #start}, and after the test every app it started stopped and the directory deleted.
 * <pre>
 * &#64;RegisterExtension
 * final AppJourney journey = new AppJourney();
 * final Path dir = journey.dir();
 * ...
 * AppDriver app = journey.start("nl");
 * </pre>
 */
public final class AppJourney implements AfterEachCallback {

    private final Path dir;
    private final List<AppDriver> started = new ArrayList<>();

    /** Makes the data directory at once, so a test's field initialisers can use {@link #dir()}. */
    public AppJourney() {
        try {
            dir = Files.createTempDirectory("baken-journey");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This test's temporary directory (empty at the start). */
    public Path dir() {
        return dir;
    }

    /** Starts the app on {@link #dir()} in this language ({@code null}: the saved or default one). */
    public AppDriver start(String language) throws TimeoutException {
        return start(dir, language);
    }

    /** Starts the app on another data directory, e.g. a folder inside {@link #dir()}. */
    public AppDriver start(Path dataDir, String language) throws TimeoutException {
        AppDriver app = new AppDriver(dataDir);
        started.add(app);
        return app.start(language);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            for (AppDriver app : started) {
                app.stop();
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
