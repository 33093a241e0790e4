package nl.baken.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static nl.baken.store.generated.Tables.AUDIT_EVENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.baken.audit.AuditLog;
import nl.baken.consent.ConsentService;
import nl.baken.consent.JooqConsentRepository;
import nl.baken.backup.VaultAuditAnchor;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.support.TempDirs;
import nl.baken.support.DemoFill;
import nl.baken.support.TestVault;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultDump;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup → restore into a new folder: the restored vault passes the full check and holds every row of every table
 * (sealed values opened) exactly as the vault held them when the snapshot was taken; markers are nowhere in clear.
 */
class BackupRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aRestoredVaultHoldsEveryRowAsItWasAndTheFileHoldsNoMarker() throws Exception {
        Path source = dir.resolve("source");
        List<String> markers = new ArrayList<>();
        List<String> before;
        Path file = dir.resolve("out/vault.bkb");
        Files.createDirectories(file.getParent());
        try (TestVault vault = TestVault.in(source)) {
            DemoFill.fill(vault.open(), 12, 3);
            var settings = new JooqSettingsRepository(vault.open().store());
            for (int i = 0; i < 20; i++) {
                markers.add("MARKER" + i + "-Backupstraat" + (2000 + i) + "-zq");
                settings.put("marker." + i, markers.get(i));
            }
            vault.audit().record(vault.open().workerId(), "TEST_EVENT", markers.get(0));
            before = VaultDump.of(vault.open().store());
            BackupSummary made = service().create(vault.open(), file, Progress.NONE);
            assertThat(made.header().cases()).isEqualTo(12);
            assertThat(made.header().intakes()).isGreaterThanOrEqualTo(12);
            assertThat(made.check().healthy()).isTrue();
            assertThat(new BackupReminder(settings, Clock.systemUTC()).lastVerified()).isPresent();
        }
        assertThat(TempDirs.filesContaining(dir.resolve("out"), markers)).isEmpty();

        Path target = dir.resolve("restored");
        BackupSummary restored = service().restore(file, TestVault.PASSPHRASE.toCharArray(), target);
        assertThat(restored.check().healthy()).isTrue();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).doesNotContain(".restored.restoring");
        try (UnlockedVault open = new Vault(new DataDirectory(target)).unlock("tester",
                TestVault.PASSPHRASE.toCharArray())) {
            assertThat(open.store().check().healthy()).isTrue();
            assertThat(VaultDump.ofRestored(open.store())).as("every row as it was, and the restore's own entry")
                    .isEqualTo(before);
        }
    }

    @Test
    void theRecoveryCodeOpensTheBackupAndAnotherSecretDoesNot() throws Exception {
        Path source = dir.resolve("source");
        Vault vault = new Vault(new DataDirectory(source));
        char[] code = vault.setUp("admin", TestVault.PASSPHRASE.toCharArray());
        Path file = dir.resolve("b.bkb");
        try (UnlockedVault open = vault.unlock("admin", TestVault.PASSPHRASE.toCharArray())) {
            service().create(open, file, Progress.NONE);
        }
        assertThat(service().verify(file, code).check().healthy()).isTrue();
        assertThatThrownBy(() -> service().verify(file, "not the passphrase at all".toCharArray()))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.WRONG_SECRET));
        assertThatThrownBy(() -> service().create(vault.unlock("admin", TestVault.PASSPHRASE.toCharArray()), file,
                Progress.NONE)).isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.FILE_EXISTS));
    }

    /**
     * The backup's own key slots carry the audit anchor: a snapshot without the newest audit entries (dropped in the
     * database by someone holding its key) fails verify and restore, where the chain alone would pass.
     */
    @Test
    void aBackupWithoutTheNewestAuditEntriesFailsItsCheckByTheAnchor() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("anchored"))) {
            UnlockedVault open = vault.open();
            AuditLog log = VaultAuditAnchor.auditLog(open, Clock.systemUTC());
            for (int i = 0; i < 4; i++) {
                log.record(open.workerId(), "CASE_VIEW", "c" + i);
            }
            Path whole = dir.resolve("whole.bkb");
            assertThat(service().create(open, whole, Progress.NONE).check().healthy()).isTrue();
            long newest = open.store().dsl().select(DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).fetchOne().value1();
            open.store().dsl().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(newest)).execute();
            assertThat(new AuditLog(open.store(), Clock.systemUTC()).verify().verified())
                    .as("the chain alone does not see the drop").isTrue();
            Path dropped = dir.resolve("dropped.bkb");
            assertThatThrownBy(() -> service().create(open, dropped, Progress.NONE))
                    .isInstanceOfSatisfying(BackupException.class,
                            e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.CHECK_FAILED));
            assertThatThrownBy(() -> service().restore(dropped, TestVault.PASSPHRASE.toCharArray(),
                    dir.resolve("from-dropped"))).isInstanceOf(BackupException.class);
            assertThat(dir.resolve("from-dropped")).doesNotExist();
        }
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmpty() throws Exception {
        Path file = dir.resolve("c.bkb");
        try (TestVault vault = TestVault.in(dir.resolve("v"))) {
            service().create(vault.open(), file, Progress.NONE);
        }
        assertThatThrownBy(() -> service().restore(file, TestVault.PASSPHRASE.toCharArray(), dir.resolve("v")))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.TARGET_NOT_EMPTY));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(service().restore(file, TestVault.PASSPHRASE.toCharArray(), empty).check().healthy()).isTrue();
        assertThat(empty.resolve("keyslots.json")).exists();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(empty.resolve("baken.mv.db"))))
                .as("H2 writes the loaded file under the umask; it is made owner-only").isEqualTo("rw-------");
    }

    static BackupService service() {
        return new BackupService(Clock.systemUTC(), new SecureRandom(), "test");
    }
}
