package nl.baken.cli;

import java.nio.file.Path;
import nl.baken.i18n.Messages;
import nl.baken.vault.DataDirectory;
import picocli.CommandLine.Option;

/** The options every command takes: where the data lives and which language to speak. */
public final class CommonOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: BAKEN_HOME, else the OS convention).")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of messages: nl or en.")
    String language;

    /** The data directory named on the command line, else BAKEN_HOME, else the OS convention. */
    public DataDirectory dataDirectory() {
        return DataDirectory.resolve(dataDir, System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
    }

    public Messages messages() {
        return language == null ? Messages.ofSystemLocale() : Messages.of(language);
    }

    public String languageOrNull() {
        return language;
    }
}
