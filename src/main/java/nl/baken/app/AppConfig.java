package nl.baken.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import nl.baken.vault.DataDirectory;

/** How the desktop app was started: its data directory, an optional language override, and the clock. */
public record AppConfig(DataDirectory dataDirectory, String languageOverride, Clock clock) {

    /** From the named parameters {@code --data-dir=} and {@code --lang=}, else BAKEN_HOME or the OS convention. */
    public static AppConfig fromParameters(Map<String, String> named) {
        String dir = named.get("data-dir");
        DataDirectory data = DataDirectory.resolve(dir == null ? null : Path.of(dir), System.getenv(),
                System.getProperty("os.name"), System.getProperty("user.home"));
        return new AppConfig(data, named.get("lang"), Clock.systemDefaultZone());
    }
}
