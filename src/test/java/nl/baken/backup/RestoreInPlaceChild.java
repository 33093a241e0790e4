package nl.baken.backup;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.baken.vault.DataDirectory;

/**
 * A child JVM for {@link RestoreInPlaceCrashTest}: restores the backup {@code args[1]} over the vault in
 * {@code args[0]} as the app's "Back-up terugzetten" does, with the passphrase read from stdin.
 */
final class RestoreInPlaceChild {

    private RestoreInPlaceChild() {
    }

    public static void main(String[] args) throws Exception {
        char[] secret = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                .toCharArray();
        RestoreInPlace restore = new RestoreInPlace(BackupRoundTripTest.service(),
                new DataDirectory(Path.of(args[0])), nl.baken.vault.HeldFiles.NONE);
        try (RestoreInPlace.Prepared prepared = restore.read(Path.of(args[1]), secret)) {
            restore.restore(prepared);
        }
        System.exit(0);
    }
}
