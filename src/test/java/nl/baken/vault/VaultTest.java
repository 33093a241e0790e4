package nl.baken.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.support.TempDirs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {

    private static final char[] ANNA = "anna heeft een lange zin".toCharArray();
    private static final char[] BOB = "bob fietst elke dag naar zijn werk".toCharArray();

    @TempDir
    Path dir;
    Vault vault;
    char[] recovery;

    @BeforeEach
    void setUp() {
        vault = new Vault(new DataDirectory(dir));
        recovery = vault.setUp("anna", ANNA.clone());
    }

    @Test
    void roundTripKeepsWhatWasWritten() throws Exception {
        try (UnlockedVault open = vault.unlock("anna", ANNA.clone())) {
            assertThat(open.workerName()).isEqualTo("anna");
            assertThat(open.isAdministrator()).isTrue();
            new JooqSettingsRepository(open.store()).put("organisation", "Gemeente Voorbeeld");
        }
        try (UnlockedVault open = vault.unlock("anna", ANNA.clone())) {
            assertThat(new JooqSettingsRepository(open.store()).get("organisation")).contains("Gemeente Voorbeeld");
            assertThat(open.store().check().problems()).isEmpty();
        }
        assertThat(Files.readAllBytes(dir.resolve("baken.mv.db"))).startsWith("H2encrypt".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void wrongPassphraseIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
        String before = TempDirs.sha256(dir.resolve("baken.mv.db"));
        assertThatThrownBy(() -> vault.unlock("anna", "dit is niet de goede zin".toCharArray()))
                .isInstanceOf(VaultException.class)
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.WRONG_PASSPHRASE);
        assertThat(TempDirs.sha256(dir.resolve("baken.mv.db"))).isEqualTo(before);
    }

    @Test
    void recoveryCodeOpensAndSetsANewPassphrase() {
        char[] fresh = "een nieuwe lange wachtwoordzin".toCharArray();
        String typed = new String(recovery).toLowerCase().replace("-", " ");
        try (UnlockedVault open = vault.recover(typed.toCharArray(), "anna", fresh.clone())) {
            assertThat(open.workerName()).isEqualTo("anna");
        }
        assertThatThrownBy(() -> vault.unlock("anna", ANNA.clone())).isInstanceOf(VaultException.class);
        vault.unlock("anna", fresh.clone()).close();
    }

    @Test
    void wrongRecoveryCodeIsRefused() {
        assertThatThrownBy(() -> vault.recover("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG".toCharArray(), "anna",
                "een nieuwe lange wachtwoordzin".toCharArray()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.WRONG_RECOVERY_CODE);
        assertThatThrownBy(() -> vault.recover("too short".toCharArray(), "anna",
                "een nieuwe lange wachtwoordzin".toCharArray()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.WRONG_RECOVERY_CODE);
    }

    @Test
    void recoveryCodeHasAtLeast128BitsInGroups() {
        String code = new String(recovery);
        assertThat(code).matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(RecoveryCode.LENGTH * 5).isGreaterThanOrEqualTo(128);
    }

    @Test
    void changingAPassphraseRewrapsOneSlotAndLeavesTheDatabaseByteIdentical() throws Exception {
        String before = TempDirs.sha256(dir.resolve("baken.mv.db"));
        char[] fresh = "een heel andere lange zin".toCharArray();
        vault.changePassphrase("anna", ANNA.clone(), fresh.clone());
        assertThat(TempDirs.sha256(dir.resolve("baken.mv.db"))).isEqualTo(before);
        assertThatThrownBy(() -> vault.unlock("anna", ANNA.clone())).isInstanceOf(VaultException.class);
        vault.unlock("anna", fresh.clone()).close();
    }

    @Test
    void aRemovedWorkerCannotUnlock() {
        vault.addWorker("anna", ANNA.clone(), "bob", BOB.clone());
        vault.unlock("bob", BOB.clone()).close();
        assertThat(vault.workerNames()).containsExactly("anna", "bob");
        vault.removeWorker("anna", ANNA.clone(), "bob");
        assertThat(vault.workerNames()).containsExactly("anna");
        assertThatThrownBy(() -> vault.unlock("bob", BOB.clone()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.UNKNOWN_WORKER);
        assertThatThrownBy(() -> vault.unlockAnyWorker(BOB.clone()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.WRONG_PASSPHRASE);
    }

    @Test
    void onlyTheAdministratorManagesWorkers() {
        vault.addWorker("anna", ANNA.clone(), "bob", BOB.clone());
        assertThatThrownBy(() -> vault.addWorker("bob", BOB.clone(), "carla", "carla heeft ook een zin".toCharArray()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.NOT_ADMIN);
        assertThatThrownBy(() -> vault.removeWorker("anna", ANNA.clone(), "anna"))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.LAST_ADMIN);
        assertThatThrownBy(() -> vault.addWorker("anna", ANNA.clone(), "bob", BOB.clone()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.WORKER_EXISTS);
    }

    @Test
    void shortPassphrasesAreRefused() {
        assertThatThrownBy(() -> vault.changePassphrase("anna", ANNA.clone(), "kort".toCharArray()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.PASSPHRASE_TOO_SHORT);
    }

    @Test
    void setupRefusesToOverwriteAnExistingVault() {
        assertThatThrownBy(() -> vault.setUp("eve", "een andere lange zin hier".toCharArray()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.ALREADY_SET_UP);
    }

    @Test
    void brokenKeySlotFileIsRefusedClearlyAndLeftAsItWas() throws Exception {
        Path slots = dir.resolve("keyslots.json");
        Files.writeString(slots, "{ \"format\": 1, \"slots\": [ {");
        assertRefusedUnchanged(VaultException.Reason.KEYSLOTS_DAMAGED);
    }

    @Test
    void implausibleKdfParametersAreRefused() throws Exception {
        Path slots = dir.resolve("keyslots.json");
        Files.writeString(slots, Files.readString(slots).replaceFirst("\"memoryKiB\" : 65536", "\"memoryKiB\" : 4194304"));
        assertRefusedUnchanged(VaultException.Reason.KEYSLOTS_DAMAGED);
    }

    @Test
    void aSlotEditedOutsideBakenIsRefused() throws Exception {
        vault.addWorker("anna", ANNA.clone(), "bob", BOB.clone());
        Path slots = dir.resolve("keyslots.json");
        // Someone renames bob's slot to "mallory": anna's slot still opens the key, but the file's MAC fails.
        Files.writeString(slots, Files.readString(slots).replace("\"bob\"", "\"mallory\""));
        assertRefusedUnchanged(VaultException.Reason.KEYSLOTS_TAMPERED);
    }

    @Test
    void promotingOneselfToAdministratorBreaksTheSlot() throws Exception {
        vault.addWorker("anna", ANNA.clone(), "bob", BOB.clone());
        Path slots = dir.resolve("keyslots.json");
        String json = Files.readString(slots);
        int bob = json.indexOf("\"bob\"");
        String edited = json.substring(0, bob) + json.substring(bob).replaceFirst("\"admin\" : false", "\"admin\" : true");
        Files.writeString(slots, edited);
        assertThatThrownBy(() -> vault.unlock("bob", BOB.clone())).isInstanceOf(VaultException.class);
    }

    @Test
    void missingKeySlotFileIsRefusedAndNeverMistakenForAFreshStart() throws Exception {
        Files.delete(dir.resolve("keyslots.json"));
        String db = TempDirs.sha256(dir.resolve("baken.mv.db"));
        assertThatThrownBy(vault::state)
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.KEYSLOTS_MISSING);
        assertThatThrownBy(() -> vault.setUp("eve", "een andere lange zin hier".toCharArray()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.KEYSLOTS_MISSING);
        assertThat(TempDirs.sha256(dir.resolve("baken.mv.db"))).isEqualTo(db);
        assertThat(Files.exists(dir.resolve("keyslots.json"))).isFalse();
    }

    @Test
    void damagedDatabaseIsRefusedClearlyAndLeftAsItWas() throws Exception {
        Path db = dir.resolve("baken.mv.db");
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 4096; i < bytes.length; i += 7) {
            bytes[i] ^= 0x5A;
        }
        Files.write(db, bytes);
        assertRefusedUnchanged(VaultException.Reason.DATABASE_DAMAGED);
    }

    @Test
    void missingDatabaseIsRefusedAndNotRecreated() throws Exception {
        Files.delete(dir.resolve("baken.mv.db"));
        assertRefusedUnchanged(VaultException.Reason.DATABASE_MISSING);
        assertThat(Files.exists(dir.resolve("baken.mv.db"))).isFalse();
    }

    @Test
    void aDatabaseFromAnotherVaultDoesNotOpen(@TempDir Path other) throws Exception {
        Vault second = new Vault(new DataDirectory(other));
        second.setUp("anna", ANNA.clone());
        Files.copy(other.resolve("baken.mv.db"), dir.resolve("baken.mv.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertRefusedUnchanged(VaultException.Reason.DATABASE_DAMAGED);
    }

    @Test
    void theKeyIsZeroedAndTheDatabaseClosedOnLock() {
        UnlockedVault open = vault.unlock("anna", ANNA.clone());
        var store = open.store();
        open.close();
        assertThat(store.isOpen()).isFalse();
        assertThat(open.isClosed()).isTrue();
        assertThatThrownBy(open::store).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void exceptionMessagesCarryNoNamesOrSecrets() {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> vault.unlock("anna", "dit is niet de goede zin".toCharArray()));
        assertThat(t.getMessage()).doesNotContain("anna").doesNotContain("goede");
    }

    private void assertRefusedUnchanged(VaultException.Reason expected) throws Exception {
        Map<Path, String> before = hashes();
        assertThatThrownBy(() -> vault.unlock("anna", ANNA.clone()))
                .isInstanceOf(VaultException.class)
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(expected);
        assertThat(hashes()).isEqualTo(before);
    }

    private Map<Path, String> hashes() throws Exception {
        Map<Path, String> map = new java.util.TreeMap<>();
        for (Path f : TempDirs.files(dir)) {
            if (!f.startsWith(dir.resolve("logs"))) {
                map.put(f, TempDirs.sha256(f));
            }
        }
        return map;
    }
}
