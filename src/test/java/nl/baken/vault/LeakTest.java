package nl.baken.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.baken.session.LogSetup;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.support.TempDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes 50 marker strings through the store and then searches every file under the data directory (database,
 * key slots, logs) and the system temp directory: none may hold a marker in clear.
 */
class LeakTest {

    @TempDir
    Path dir;

    @Test
    void nothingWrittenThroughTheStoreAppearsInAnyFile() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        LogSetup.toDirectory(new DataDirectory(dir));
        char[] passphrase = "leak test passphrase words".toCharArray();
        Vault vault = new Vault(new DataDirectory(dir));
        vault.setUp("worker-leak", passphrase.clone());
        List<String> markers = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> markers.add("MARKER" + i + "-Zuidplein" + (1000 + i) + "-xq"));
        try (UnlockedVault open = vault.unlock("worker-leak", passphrase.clone())) {
            var settings = new JooqSettingsRepository(open.store());
            for (int i = 0; i < markers.size(); i++) {
                settings.put("marker." + i, markers.get(i));
            }
        }
        try (UnlockedVault open = vault.unlock("worker-leak", passphrase.clone())) {
            assertThat(new JooqSettingsRepository(open.store()).get("marker.49")).contains(markers.get(49));
        }
        List<String> secrets = new ArrayList<>(markers);
        secrets.add(new String(passphrase));
        assertThat(Files.exists(dir.resolve("logs/baken.log"))).isTrue();
        assertThat(TempDirs.filesContaining(dir, secrets)).isEmpty();
        assertThat(TempDirs.filesContaining(tmp, secrets)).isEmpty();
    }
}
