package nl.baken.support;

import java.nio.file.Path;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;

/**
 * The child {@link ChildJvm} runs once to write its class-data archive: it loads what the crash tests' children
 * load, by setting up a vault in the given directory and running the command line on it (a demo case and a check). Exits 1 if a command failed, so no archive of a half run is used.
 */
public final class ChildJvmWarmUp {

    private static final String PASS = "warm-up passphrase of the child JVM";

    private ChildJvmWarmUp() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Path dir = java.nio.file.Files.createDirectories(Path.of(args[0]));
        new Vault(new DataDirectory(dir)).setUp("warm-up", PASS.toCharArray());
        String data = dir.toString();
        String[][] commands = {
            {"demo", "--cases", "1", "--data-dir", data},
            {"vault", "check", "--data-dir", data},
        };
        for (String[] command : commands) {
            Cli.Result result = Cli.run(PASS + "\n", command);
            if (result.exit() != 0) {
                System.err.println(String.join(" ", command) + ": exit " + result.exit() + "\n" + result.err());
                System.exit(1);
            }
        }
    }
}
