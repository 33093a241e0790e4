package nl.baken.cli;

import java.nio.file.Path;
import nl.baken.i18n.Messages;
import nl.baken.vault.DataDirectory;
import picocli.CommandLine.Option;

/** The options every command takes: where the data lives and which language to speak. */
public final class CommonOptions {

    @Option(names = "--data-dir", paramLabel = "DIR")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "LANG")
    String language;

    /**
     * The data directory named on the command line, else BAKEN_HOME, else the OS convention. A path H2 would read
     * settings from ({@code ;}) is refused with exit code 2 before anything is opened or created.
     */
    public DataDirectory dataDirectory() {
        DataDirectory dir = DataDirectory.resolve(dataDir, System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home"));
        if (!DataDirectory.isSafeLocation(dir.root())) {
            throw new CliFailure(messages().text("cli.error.unsafe_data_dir"), ExitCodes.USAGE);
        }
        return dir;
    }

    /** The messages in {@code --lang}'s language (else the system's); a language Baken lacks is refused, exit 2. */
    public Messages messages() {
        if (language == null) {
            return Messages.ofSystemLocale();
        }
        if (!Messages.LANGUAGES.contains(language)) {
            throw new CliFailure(Messages.ofSystemLocale().text("cli.error.unknown_language", language,
                    String.join(", ", Messages.LANGUAGES)), ExitCodes.USAGE);
        }
        return Messages.of(language);
    }

    public String languageOrNull() {
        return language;
    }
}
