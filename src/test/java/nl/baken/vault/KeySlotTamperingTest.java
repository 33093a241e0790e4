package nl.baken.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.baken.i18n.Messages;
import nl.baken.support.TempDirs;
import nl.baken.ui.BackgroundTasks;
import nl.baken.vault.ui.UnlockViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key slot edited outside Baken is damaged, never "this passphrase is not right": only the parameter sets and
 * the cipher Baken writes are accepted, nothing is derived for any other, and the unlock throttle does not start.
 */
class KeySlotTamperingTest {

    private static final char[] ANNA = "anna heeft een lange wachtwoordzin".toCharArray();

    @org.junit.jupiter.api.io.TempDir
    Path dir;
    Vault vault;
    Path slots;

    @BeforeEach
    void setUp() {
        vault = new Vault(new DataDirectory(dir));
        vault.setUp("anna", ANNA.clone());
        slots = dir.resolve("keyslots.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"memoryKiB\" : 65536|\"memoryKiB\" : 1048576",  // 1 GiB: half a minute a try, then out of memory
        "\"iterations\" : 3|\"iterations\" : 20",
        "\"memoryKiB\" : 65536|\"memoryKiB\" : 8192",     // 8 MiB and t=1: cheap to guess
        "\"iterations\" : 3|\"iterations\" : 1",
        "\"parallelism\" : 1|\"parallelism\" : 4",
        "\"argon2id\"|\"argon2i\"",
        "\"AES-256-GCM\"|\"AES-128-CTR\"",
        "\"cipher\" : \"AES-256-GCM\",|"
    })
    void anEditedSlotIsDamagedNotAWrongPassphraseAndDoesNotStartTheThrottle(String edit) throws Exception {
        String[] fromTo = edit.split("\\|", -1);
        String before = Files.readString(slots);
        assertThat(before).contains(fromTo[0]);
        Files.writeString(slots, before.replace(fromTo[0], fromTo[1]));
        String hash = TempDirs.sha256(slots);

        assertThatThrownBy(() -> vault.unlock("anna", ANNA.clone()))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.KEYSLOTS_DAMAGED));
        assertThatThrownBy(() -> vault.unlockAnyWorker(ANNA.clone()))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.KEYSLOTS_DAMAGED));

        UnlockThrottle throttle = new UnlockThrottle();
        Messages en = Messages.of("en");
        UnlockViewModel model = new UnlockViewModel(vault, BackgroundTasks.sameThread(), en, throttle, open -> { });
        model.setWorkers(List.of("anna"));
        model.workerProperty().set("anna");
        model.passphraseProperty().set(new String(ANNA));
        model.unlock();
        assertThat(model.messageProperty().get()).isEqualTo(en.text("vault.error.keyslots_damaged"));
        assertThat(throttle.delay()).isZero();
        assertThat(TempDirs.sha256(slots)).isEqualTo(hash);
    }

    @ParameterizedTest
    @ValueSource(ints = {1024 * 1024 + 1, 8 * 1024 * 1024})
    void anOversizedKeyFileIsDamagedWithoutReadingItAll(int size) throws Exception {
        Files.write(slots, new byte[size]);
        assertThatThrownBy(() -> vault.workerNames())
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.KEYSLOTS_DAMAGED));
    }
}
