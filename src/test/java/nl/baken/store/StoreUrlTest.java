package nl.baken.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A path can never add settings to the database URL. */
class StoreUrlTest {

    @TempDir
    Path dir;

    @Test
    void aPathWithASemicolonIsRefusedBeforeH2SeesIt() throws Exception {
        Path injected = Path.of(dir + "/x;AUTO_SERVER=TRUE/baken");
        char[] key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff".toCharArray();
        assertThatThrownBy(() -> Store.create(injected, key, Sealer.forDatabaseKey(new byte[32]), "vault-id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(dir.toString());
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
        assertThatThrownBy(() -> Store.url(Path.of(dir + "/a\nb"), "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theUrlIsThePathAndBakensSettingsOnly() {
        Path base = dir.resolve("Zoë Çelik/baken");
        assertThat(Store.url(base, ";CIPHER=AES")).isEqualTo("jdbc:h2:file:" + base + ";CIPHER=AES");
    }
}
