package nl.baken.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Baken keeps its files: {@code keyslots.json}, the encrypted database, preferences and logs. */
public record DataDirectory(Path root) {

    /** Environment variable that overrides the OS convention. */
    public static final String ENV_HOME = "BAKEN_HOME";

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * The directory named explicitly, else {@code BAKEN_HOME}, else the OS convention: Linux
     * {@code $XDG_DATA_HOME/baken} (default {@code ~/.local/share/baken}), Windows {@code %APPDATA%\Baken}, macOS
     * {@code ~/Library/Application Support/Baken}.
     */
    public static DataDirectory resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return new DataDirectory(explicit);
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return new DataDirectory(Path.of(home));
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return new DataDirectory(base.resolve("Baken"));
        }
        if (os.startsWith("mac")) {
            return new DataDirectory(Path.of(userHome, "Library", "Application Support", "Baken"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return new DataDirectory(base.resolve("baken"));
    }

    /**
     * Creates the directory if it is not there yet (with any missing parents), its owner's only ({@link OwnerOnly}):
     * other accounts on a shared laptop cannot even copy the encrypted files. Every path that makes the data
     * directory comes here. In a directory that exists already (one the user chose may have permissions of its
     * own) the directory itself is left as it is, but the files and folders Baken keeps in it are made owner-only;
     * {@link #othersHaveAccess()} says whether the directory itself still lets others in.
     */
    public void create() throws IOException {
        if (!Files.isDirectory(root)) {
            OwnerOnly.createDirectories(root);
        }
        restrictFiles();
    }

    /** Makes the files and folders Baken keeps here its owner's only (after H2 or the log made one). */
    public void restrictFiles() throws IOException {
        for (Path own : new Path[] {keySlotsFile(), databaseFile(), preferencesFile(), setupDatabaseFile(),
                failedUnlocksFile()}) {
            if (Files.isRegularFile(own)) {
                OwnerOnly.restrict(own);
            }
        }
        OwnerOnly.restrictTree(logDirectory());
    }

    /** The log folder, created owner-only inside an existing data directory (which it never creates). */
    public Path createLogDirectory() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new java.nio.file.NoSuchFileException("data directory");
        }
        OwnerOnly.createDirectories(logDirectory());
        return logDirectory();
    }

    /**
     * Whether {@code file} is in this directory or below it, links followed as far as they exist: no file the worker
     * saves (a PDF, a CSV, a chart, a backup) goes there, where it could replace or crowd the vault's own files.
     */
    public boolean holds(Path file) {
        return realPart(file.toAbsolutePath().normalize()).startsWith(realPart(root.toAbsolutePath().normalize()));
    }

    /** The real path of {@code p}'s longest existing part, with the rest appended. */
    private static Path realPart(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(p));
        } catch (IOException e) {
            return p;
        }
    }

    /** True when the directory exists and accounts other than its owner may read or write it: worth a warning. */
    public boolean othersHaveAccess() {
        try {
            return Files.isDirectory(root) && OwnerOnly.othersHaveAccess(root);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True when the path can be given to H2 as the database location: H2 reads everything after a {@code ;} in
     * its URL as a setting ({@code /x;AUTO_SERVER=TRUE} would open a network port), so such a path is refused.
     */
    public static boolean isSafeLocation(Path path) {
        String text = path.toAbsolutePath().toString();
        return text.indexOf(';') < 0 && text.chars().noneMatch(Character::isISOControl);
    }

    public Path keySlotsFile() {
        return root.resolve("keyslots.json");
    }

    /** The H2 database path without H2's {@code .mv.db} suffix. */
    public Path databaseBase() {
        return root.resolve("baken");
    }

    public Path databaseFile() {
        return root.resolve("baken.mv.db");
    }

    /** Failed unlocks, kept outside the vault (they happen without its key) until the next unlock audits them. */
    public Path failedUnlocksFile() {
        return root.resolve("failed-unlocks.txt");
    }

    public Path preferencesFile() {
        return root.resolve("preferences.properties");
    }

    private Path setupDatabaseFile() {
        return root.resolve("baken-setup.mv.db");
    }

    public Path logDirectory() {
        return root.resolve("logs");
    }
}
