package nl.baken.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.baken.session.LogSetup;
import nl.baken.support.DemoFill;
import nl.baken.support.TestVault;
import nl.baken.audit.AuditLog;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.HeldFiles;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultDump;
import nl.baken.vault.VaultException;
import nl.baken.vault.VaultSwap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A backup restored over the vault of this laptop (ADR 0017): what it would replace is said first (counts of both),
 * the restored vault holds the backup's rows and keeps the laptop's own files, a running vault is never replaced,
 * a damaged backup changes nothing, and a swap cut short between its two renames is finished at the next look.
 */
class RestoreInPlaceTest {

    private static final char[] PASS = TestVault.PASSPHRASE.toCharArray();

    @TempDir
    Path dir;

    @Test
    void aBackupReplacesTheVaultAllOrNothing() throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("usb/vault.bkb");
        Files.createDirectories(file.getParent());
        List<String> atBackup;
        try (TestVault vault = TestVault.in(data)) {
            DemoFill.fill(vault.open(), 3, 5);
            BackupRoundTripTest.service().create(vault.open(), file, Progress.NONE);
            atBackup = rows(vault.open());
            DemoFill.fill(vault.open(), 2, 6);
            RestoreInPlace restore = new RestoreInPlace(BackupRoundTripTest.service(), new DataDirectory(data),
                    HeldFiles.NONE);
            assertThatThrownBy(() -> restore.read(file, PASS)).as("the vault is open (unlocked) in this JVM")
                    .isInstanceOfSatisfying(VaultException.class,
                            e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.DATABASE_IN_USE));
        }
        Files.writeString(data.resolve("preferences.properties"), "language=en\n");
        RestoreInPlace restore = new RestoreInPlace(BackupRoundTripTest.service(), new DataDirectory(data),
                HeldFiles.NONE);

        Path damaged = dir.resolve("usb/damaged.bkb");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        byte[] dbBefore = Files.readAllBytes(data.resolve("baken.mv.db"));
        try (RestoreInPlace.Prepared cut = restore.read(damaged, PASS)) {
            assertThatThrownBy(() -> restore.restore(cut)).isInstanceOfSatisfying(BackupException.class,
                    e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.DAMAGED));
        }
        assertThat(Files.readAllBytes(data.resolve("baken.mv.db"))).as("a damaged backup changes nothing")
                .isEqualTo(dbBefore);
        assertThat(siblings()).containsExactlyInAnyOrder("data", "usb");

        try (RestoreInPlace.Prepared prepared = restore.read(file, PASS)) {
            assertThat(prepared.backup().cases()).isEqualTo(3);
            assertThat(prepared.current()).contains(new RestoreInPlace.Counts(5, prepared.current().get().intakes()));
            BackupSummary summary = restore.restore(prepared);
            assertThat(summary.check().healthy()).isTrue();
        }
        assertThat(siblings()).as("nothing left beside the data directory").containsExactlyInAnyOrder("data", "usb");
        assertThat(Files.readString(data.resolve("preferences.properties"))).isEqualTo("language=en\n");
        try (UnlockedVault open = new Vault(new DataDirectory(data)).unlock("tester", PASS)) {
            assertThat(rows(open)).isEqualTo(atBackup);
            assertThat(new AuditLog(open.store(), Clock.systemUTC()).entries()).last()
                    .satisfies(e -> assertThat(e.event()).isEqualTo("BACKUP_RESTORE"));
        }
    }

    /**
     * The damaged-vault screen's "Back-up terugzetten": the unlock of a truncated database failed in this JVM, and H2
     * keeps such a file open and locked, yet the backup replaces it, and the log the app keeps open in {@code logs/} is let go
     * for the folder's renames (Windows refuses to rename a folder with an open file) and written in the restored
     * folder afterwards. Open files are read from {@code /proc/self/fd}.
     */
    @Test
    void aBackupReplacesATruncatedVaultWhileTheAppLogsIntoTheDataDirectory() throws Exception {
        Path data = dir.resolve("data");
        Path file = dir.resolve("usb/vault.bkb");
        Files.createDirectories(file.getParent());
        List<String> atBackup;
        try (TestVault vault = TestVault.in(data)) {
            // No cases: H2 fails on this half file in a way that leaves it open and locked.
            BackupRoundTripTest.service().create(vault.open(), file, Progress.NONE);
            atBackup = rows(vault.open());
        }
        DataDirectory dataDir = new DataDirectory(data);
        byte[] db = Files.readAllBytes(dataDir.databaseFile());
        Files.write(dataDir.databaseFile(), java.util.Arrays.copyOf(db, db.length / 2));
        assertThatThrownBy(() -> new Vault(dataDir).unlock("tester", PASS.clone()))
                .isInstanceOfSatisfying(VaultException.class,
                        e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.DATABASE_DAMAGED));
        if (openFilesIn(data).isEmpty()) {
            // A collection since the failed unlock already closed H2's abandoned channel: abandon one as H2 does.
            abandonLockedChannel(dataDir.databaseFile());
        }
        assertThat(openFilesIn(data)).as("the file H2 failed to open is held open in this JVM (h2database issue 4186)")
                .containsExactly(dataDir.databaseFile().toRealPath().toString());
        assertThat(LogSetup.toDirectory(dataDir)).isTrue();
        LoggerFactory.getLogger(RestoreInPlaceTest.class).warn("restore test: before the swap");
        assertThat(openFilesIn(data)).as("the app's log is open in the data directory").isNotEmpty();

        HeldFiles log = LogSetup.heldFiles(dataDir);
        List<List<String>> openAtSwap = new ArrayList<>();
        HeldFiles watched = new HeldFiles() {
            @Override
            public void release() {
                log.release();
                openAtSwap.add(openFilesIn(data));
            }

            @Override
            public void reopen() {
                log.reopen();
            }
        };
        RestoreInPlace restore = new RestoreInPlace(BackupRoundTripTest.service(), dataDir, watched);
        try (RestoreInPlace.Prepared prepared = restore.read(file, PASS)) {
            assertThat(prepared.current()).as("a damaged vault is not counted").isEmpty();
            restore.restore(prepared);
        }
        assertThat(openAtSwap).as("no file open in the data directory while it is renamed").containsExactly(List.of());
        assertThat(Files.readString(data.resolve("logs/baken.log")))
                .as("the log goes on in the restored folder").contains("vault folder replaced by a restored one")
                .contains("restore test: before the swap");
        LogSetup.heldFiles(dataDir).release();
        try (UnlockedVault open = new Vault(dataDir).unlock("tester", PASS.clone())) {
            assertThat(rows(open)).isEqualTo(atBackup);
            assertThat(new AuditLog(open.store(), Clock.systemUTC()).entries()).last()
                    .satisfies(e -> assertThat(e.event()).isEqualTo("BACKUP_RESTORE"));
        }
    }

    /**
     * Leaves {@code file} open and locked by a channel nothing refers to, as H2 leaves a file it failed to open: only the
     * garbage collector's cleaner closes it. The collector may run between the failed unlock and the look at
     * {@code /proc}, so this makes the case the restore must handle certain instead of likely.
     */
    private static void abandonLockedChannel(Path file) throws java.io.IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        assertThat(channel.tryLock()).as("nobody holds the file").isNotNull();
    }

    /** The files this process has open below {@code folder}, as paths. */
    private static List<String> openFilesIn(Path folder) {
        Path fds = Path.of("/proc/self/fd");
        assertThat(fds).as("this test reads open files from /proc (Linux)").isDirectory();
        List<String> open = new ArrayList<>();
        try (Stream<Path> list = Files.list(fds)) {
            for (Path fd : list.toList()) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.startsWith(folder.toRealPath())) {
                        open.add(target.toString());
                    }
                } catch (java.io.IOException e) {
                    // closed since it was listed
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return open;
    }

    @Test
    void aSwapCutShortBetweenItsRenamesIsUndoneAndAFinishedOneIsTidied() throws Exception {
        Path data = dir.resolve("vault");
        Files.createDirectories(data);
        Files.writeString(data.resolve("keyslots.json"), "{}");
        Path aside = dir.resolve(".vault.replaced");
        Path staged = VaultSwap.stagingFor(new DataDirectory(data), "x");
        Files.createDirectories(staged);
        Files.move(data, aside);
        VaultSwap.finishInterrupted(new DataDirectory(data));
        assertThat(data.resolve("keyslots.json")).as("the old vault is back").hasContent("{}");
        assertThat(siblings()).containsExactly("vault");

        Files.createDirectories(aside);
        Files.writeString(aside.resolve("keyslots.json"), "old");
        VaultSwap.finishInterrupted(new DataDirectory(data));
        assertThat(data.resolve("keyslots.json")).hasContent("{}");
        assertThat(siblings()).as("the old folder of a finished swap is removed").containsExactly("vault");
    }

    /**
     * The rows that a restore brings back as they were: the audit log goes on (the restore's own entry, and the log's
     * secret, made at a vault's first entry), and so do the settings (the backup reminder).
     */
    private static List<String> rows(UnlockedVault open) {
        return VaultDump.of(open.store()).stream()
                .filter(l -> !l.startsWith("AUDIT_EVENT ") && !l.startsWith("SETTING "))
                .map(l -> l.replaceAll(" \\| AUDIT_SECRET=[^|]*", "")).toList();
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
