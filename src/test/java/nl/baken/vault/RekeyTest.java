package nl.baken.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rekey: the vault opens with the kept workers' passphrases and the new recovery code, holds every row as before and
 * passes its check; the old keyslots.json, with any old passphrase or the old recovery code, opens nothing.
 */
class RekeyTest {

    private static final String ADMIN = "admin passphrase words";
    private static final String OTHER = "other worker passphrase";
    private static final String GONE = "removed worker passphrase";

    @TempDir
    Path dir;

    @Test
    void afterARekeyTheOldKeySlotsOpenNothing() throws Exception {
        Path home = dir.resolve("vault");
        Vault vault = new Vault(new DataDirectory(home));
        char[] oldCode = vault.setUp("admin", ADMIN.toCharArray());
        List<String> before;
        try (UnlockedVault open = vault.unlock("admin", ADMIN.toCharArray())) {
            open.addWorker("other", OTHER.toCharArray());
            open.addWorker("gone", GONE.toCharArray());
            TestVaultData.fill(open);
        }
        Path oldSlots = dir.resolve("old-keyslots.json");
        Files.copy(home.resolve("keyslots.json"), oldSlots);
        char[] newCode;
        try (UnlockedVault open = vault.unlock("admin", ADMIN.toCharArray())) {
            open.removeWorker("gone");
            nl.baken.backup.VaultAuditAnchor.auditLog(open, java.time.Clock.systemUTC())
                    .record(open.workerId(), "WORKER_REMOVE", null);
            before = VaultDump.of(open.store());
            newCode = vault.rekey(open, Map.of("admin", ADMIN.toCharArray(), "other", OTHER.toCharArray()),
                    store -> store.check());
            assertThat(open.isClosed()).isTrue();
        }
        assertThat(home.resolve("baken-rekey.mv.db")).doesNotExist();
        assertThat(home.resolve("rekey.pending")).doesNotExist();
        assertThat(vault.workerNames()).containsExactly("admin", "other");
        try (UnlockedVault open = vault.unlock("other", OTHER.toCharArray())) {
            assertThat(open.store().check().healthy()).isTrue();
            // The audit chain's secret was sealed again with every value, and its anchor carried over (ADR 0013).
            assertThat(open.auditHead()).isPresent();
            assertThat(nl.baken.backup.VaultAuditAnchor.auditLog(open, java.time.Clock.systemUTC()).verify()
                    .verified()).isTrue();
            assertThat(VaultDump.of(open.store())).isEqualTo(before);
        }
        try (UnlockedVault open = vault.recover(newCode, "admin", ADMIN.toCharArray())) {
            assertThat(open.store().check().healthy()).isTrue();
        }
        assertThatThrownBy(() -> vault.recover(oldCode, "admin", ADMIN.toCharArray()))
                .isInstanceOf(VaultException.class);

        for (String[] attempt : new String[][] {{"gone", GONE}, {"admin", ADMIN}, {"other", OTHER}}) {
            Path copy = dir.resolve("old-" + attempt[0]);
            Files.createDirectories(copy);
            Files.copy(home.resolve("baken.mv.db"), copy.resolve("baken.mv.db"));
            Files.copy(oldSlots, copy.resolve("keyslots.json"), StandardCopyOption.REPLACE_EXISTING);
            Vault old = new Vault(new DataDirectory(copy));
            assertThatThrownBy(() -> old.unlock(attempt[0], attempt[1].toCharArray()).close())
                    .as(attempt[0]).isInstanceOf(VaultException.class);
        }
    }

    @Test
    void aRekeyThatNeverCommittedLeavesTheOldVaultAndItsLeftoverIsRemoved() throws Exception {
        Path home = dir.resolve("vault");
        Vault vault = new Vault(new DataDirectory(home));
        vault.setUp("admin", ADMIN.toCharArray());
        List<String> before;
        try (UnlockedVault open = vault.unlock("admin", ADMIN.toCharArray())) {
            TestVaultData.fill(open);
            before = VaultDump.of(open.store());
            assertThatThrownBy(() -> vault.rekey(open, Map.of("admin", ADMIN.toCharArray()),
                    store -> nl.baken.store.CheckReportFixtures.unhealthy()))
                    .isInstanceOf(VaultException.class);
        }
        Files.write(home.resolve("rekey.pending"), new byte[32]);
        Files.write(home.resolve("baken-rekey.mv.db"), new byte[100]);
        try (UnlockedVault open = vault.unlock("admin", ADMIN.toCharArray())) {
            assertThat(VaultDump.of(open.store())).isEqualTo(before);
        }
        assertThat(home.resolve("baken-rekey.mv.db")).doesNotExist();
        assertThat(home.resolve("rekey.pending")).doesNotExist();
    }

    /** Cases, intakes, answers, consents and settings through the real services. */
    static final class TestVaultData {
        static void fill(UnlockedVault open) {
            nl.baken.support.DemoFill.fill(open, 6, 11);
            new JooqSettingsRepository(open.store()).put("marker", "Rekeystraat 12");
        }
    }
}
