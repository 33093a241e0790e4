package nl.baken.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.baken.session.SessionWarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and links Baken's own classes on a background thread while the unlock screen waits. The first intake's
 * screens then do not pay for loading and verifying their classes on the FX thread (the start screen's first build
 * took about 25 ms longer than the next one). The command line's classes are left out: the app does not use them.
 * Then the same thread runs {@link SessionWarmUp} (the session's paths on a scratch database, before the real unlock)
 * and {@link HomeWarmUp} (the home screen laid out off screen on it).
 */
final class ClassPreloader {

    private static final Logger LOG = LoggerFactory.getLogger(ClassPreloader.class);
    private static final String ROOT = "nl/baken/";
    private static final String SKIPPED = "nl/baken/cli/";

    private ClassPreloader() {
    }

    /**
     * Starts the preloading on a low-priority daemon thread and returns at once; the session warm-up then lets
     * {@code alsoWithTheSession} use its scratch session.
     */
    static void start(SessionWarmUp.WhileOpen alsoWithTheSession) {
        Thread thread = new Thread(() -> {
            loadAll();
            SessionWarmUp.runOnce(alsoWithTheSession);
        }, "baken-class-preload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Loads every class found; returns how many loaded. */
    static int loadAll() {
        long started = System.nanoTime();
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        int loaded = 0;
        for (String name : classNames()) {
            try {
                // Loaded and linked (asking for the methods verifies the class) but not initialised: no static
                // initialiser, ours or JavaFX's, runs off the FX thread.
                Class.forName(name, false, loader).getDeclaredMethods();
                loaded++;
            } catch (LinkageError | ClassNotFoundException | RuntimeException e) {
                // A class that cannot load here fails where it is used, with its own error; only note it.
                LOG.debug("class not preloaded: {}", name);
            }
        }
        LOG.info("preloaded {} classes in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
        return loaded;
    }

    /** The binary names of Baken's classes in the directory or jar this class came from, without the CLI's. */
    static List<String> classNames() {
        try {
            Path source = Path.of(ClassPreloader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> entries = new ArrayList<>();
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source.resolve(ROOT))) {
                    files.map(f -> source.relativize(f).toString().replace('\\', '/')).forEach(entries::add);
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    jar.stream().map(e -> e.getName()).forEach(entries::add);
                }
            }
            return entries.stream()
                    .filter(e -> e.startsWith(ROOT) && !e.startsWith(SKIPPED) && e.endsWith(".class"))
                    .filter(e -> !e.endsWith("module-info.class") && !e.endsWith("package-info.class"))
                    .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Only an optimisation: an unusual class path (e.g. a runtime image) simply preloads nothing.
            LOG.debug("no classes to preload: {}", e.getClass().getSimpleName());
            return List.of();
        }
    }
}
