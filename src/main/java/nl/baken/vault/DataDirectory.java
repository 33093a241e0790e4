package nl.baken.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
     * Creates the directory if it is not there yet, readable by its owner only where the file system has POSIX
     * permissions (Linux, macOS): other accounts on a shared laptop cannot even copy the encrypted files. A
     * directory that exists already is left as it is (it may be one the user chose, with permissions of their own).
     */
    public void create() throws IOException {
        if (Files.isDirectory(root)) {
            return;
        }
        Files.createDirectories(root.getParent());
        if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectory(root,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(root);
        }
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

    public Path preferencesFile() {
        return root.resolve("preferences.properties");
    }

    public Path logDirectory() {
        return root.resolve("logs");
    }
}
