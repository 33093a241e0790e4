package nl.baken.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import nl.baken.support.TempDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cipher is bound into each key slot's tag next to the KDF parameters, so a slot whose cipher is edited no
 * longer opens; key files of format 2 (written before the binding) still open, and each worker's slot is re-bound
 * at their next unlock.
 */
class KeySlotBindingTest {

    private static final char[] ANNA = "anna heeft een lange wachtwoordzin".toCharArray();
    private static final char[] BRAM = "bram heeft ook een lange zin".toCharArray();
    /** The recovery code of the format-2 fixture (a test vault made by Baken before the binding, holding nothing). */
    private static final char[] FIXTURE_RECOVERY = "G46B-ZGWK-M78G-0C2R-GE0B-MH8J-WA7F".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aSlotWhoseCipherIsChangedNoLongerOpens() {
        Vault vault = new Vault(new DataDirectory(dir));
        vault.setUp("anna", ANNA.clone());
        KeySlot slot = KeySlotFile.read(dir.resolve("keyslots.json")).worker("anna").orElseThrow();
        assertThat(slot.binding()).isEqualTo(KeySlot.BINDING);
        KeySlot weaker = new KeySlot(slot.id(), slot.kind(), slot.name(), slot.admin(), slot.created(), slot.kdf(),
                "AES-128-GCM", slot.binding(), slot.nonce(), slot.wrappedKey());

        byte[] kek = Argon2Kdf.derive(ANNA.clone(), slot.kdf());
        assertThat(KeyWrap.unwrap(slot.wrappedKey(), kek, slot.nonce(), slot.associatedData())).isPresent();
        assertThat(KeyWrap.unwrap(weaker.wrappedKey(), kek, weaker.nonce(), weaker.associatedData())).isEmpty();
    }

    @Test
    void aFormatTwoKeyFileStillOpensAndEachWorkerIsReboundAtUnlock() throws Exception {
        copyFixture();
        Vault vault = new Vault(new DataDirectory(dir));
        assertThat(KeySlotFile.read(keySlots()).format()).isEqualTo(KeySlots.LEGACY_FORMAT);

        vault.unlock("anna", ANNA.clone()).close();

        KeySlots after = KeySlotFile.read(keySlots());
        assertThat(after.format()).isEqualTo(KeySlots.FORMAT);
        assertThat(after.worker("anna").orElseThrow().binding()).isEqualTo(KeySlot.BINDING);
        assertThat(after.worker("bram").orElseThrow().binding()).isEqualTo(KeySlot.LEGACY_BINDING);
        assertThat(after.recovery().orElseThrow().binding()).isEqualTo(KeySlot.LEGACY_BINDING);
        assertThat(Files.readString(keySlots())).contains("\"binding\" : 2", "\"binding\" : 1");

        vault.unlock("anna", ANNA.clone()).close();
        vault.unlockAnyWorker(BRAM.clone()).close();
        assertThat(KeySlotFile.read(keySlots()).worker("bram").orElseThrow().binding()).isEqualTo(KeySlot.BINDING);
        vault.recover(FIXTURE_RECOVERY.clone(), "bram", "bram kiest een nieuwe lange zin".toCharArray()).close();
        vault.unlock("bram", "bram kiest een nieuwe lange zin".toCharArray()).close();
    }

    @Test
    void aReboundSlotEditedBackToLegacyIsDamagedNotAWrongPassphrase() throws Exception {
        Vault vault = new Vault(new DataDirectory(dir));
        vault.setUp("anna", ANNA.clone());
        String file = Files.readString(keySlots());
        assertThat(file).contains("\"binding\" : 2");
        Files.writeString(keySlots(), file.replace("\"binding\" : 2", "\"binding\" : 1"));
        String hash = TempDirs.sha256(keySlots());

        assertThatThrownBy(() -> vault.unlock("anna", ANNA.clone()))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.KEYSLOTS_DAMAGED));
        assertThat(TempDirs.sha256(keySlots())).isEqualTo(hash);
    }

    @Test
    void aFormatTwoFileCannotCarryBindings() throws Exception {
        copyFixture();
        String file = Files.readString(keySlots());
        Files.writeString(keySlots(), file.replace("\"cipher\" : \"AES-256-GCM\",",
                "\"cipher\" : \"AES-256-GCM\",\n    \"binding\" : 2,"));
        assertThatThrownBy(() -> new Vault(new DataDirectory(dir)).workerNames())
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.KEYSLOTS_DAMAGED));
    }

    private Path keySlots() {
        return dir.resolve("keyslots.json");
    }

    private void copyFixture() throws Exception {
        for (String name : new String[] {"keyslots.json", "baken.mv.db"}) {
            try (InputStream in = Objects.requireNonNull(
                    getClass().getResourceAsStream("/vault/format2/" + name), name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
    }
}
