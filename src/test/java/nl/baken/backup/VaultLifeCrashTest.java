package nl.baken.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.baken.audit.AuditLog;
import nl.baken.store.CheckReport;
import nl.baken.support.ChildJvm;
import nl.baken.support.DemoFill;
import nl.baken.support.TempDirs;
import nl.baken.support.TestVault;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultDump;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a child JVM at a random moment during {@code backup create}, {@code backup restore} and
 * {@code vault rekey} (10 each; 30 under -Pstress): the vault always opens with its passphrase, passes the full check
 * and holds every row it held before; a backup file that exists verifies; a restore target that exists is a complete
 * vault that passes its check. The seed is printed ({@code -Dbaken.crash.seed=N} repeats it).
 */
class VaultLifeCrashTest {

    private static final String PASS = TestVault.PASSPHRASE;

    @TempDir
    Path dir;

    @Test
    void killsDuringBackupRestoreAndRekeyLeaveAVaultThatOpensComplete() throws Exception {
        run(10);
    }

    @Test
    @Tag("stress")
    void thirtyKillsEach() throws Exception {
        run(30);
    }

    private void run(int kills) throws Exception {
        long seed = Long.getLong("baken.crash.seed", System.nanoTime());
        System.out.println("VaultLifeCrashTest seed " + seed + " (-Dbaken.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path original = dir.resolve("original");
        try (TestVault vault = TestVault.in(original)) {
            DemoFill.fill(vault.open(), 6, 9);
        }
        Path goodBackup = dir.resolve("good.bkb");
        long backupMillis = timed(child(original, "", "backup", "create", "--quiet", "--out", goodBackup.toString()));
        // After the first command-line unlock, which adds the national partners to the vault.
        List<String> rows = rowsOf(original);
        long restoreMillis = timed(child(original, "", "backup", "restore", goodBackup.toString(), "--data-dir",
                dir.resolve("restored-once").toString()));
        assertThat(rowsOf(dir.resolve("restored-once"))).isEqualTo(rows);
        Path rekeyed = copyOf(original, dir.resolve("rekeyed-once"));
        long rekeyMillis = timed(child(rekeyed, "", "vault", "rekey"));
        assertThat(rowsOf(rekeyed)).isEqualTo(rows);
        System.out.printf("uninterrupted: backup %d ms, restore %d ms, rekey %d ms%n", backupMillis, restoreMillis,
                rekeyMillis);
        List<String> outcomes = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            Path data = copyOf(original, dir.resolve("b" + k));
            Path out = dir.resolve("b" + k + ".bkb");
            killAt(child(data, "", "backup", "create", "--quiet", "--out", out.toString()), random, backupMillis);
            assertThat(rowsOf(data)).as("vault after a kill during backup " + k).isEqualTo(rows);
            if (Files.exists(out)) {
                assertThat(BackupRoundTripTest.service().verify(out, PASS.toCharArray()).check().healthy()).isTrue();
            }
            outcomes.add("backup " + k + (Files.exists(out) ? " complete (verified)" : " not made"));

            Path target = dir.resolve("r" + k);
            killAt(child(original, "", "backup", "restore", goodBackup.toString(), "--data-dir", target.toString()),
                    random, restoreMillis);
            if (Files.exists(target)) {
                assertThat(rowsOf(target)).as("restore " + k).isEqualTo(rows);
            }
            outcomes.add("restore " + k + (Files.exists(target) ? " complete" : " nothing at the target"));

            Path key = copyOf(original, dir.resolve("k" + k));
            byte[] slotsBefore = Files.readAllBytes(key.resolve("keyslots.json"));
            killAt(child(key, "", "vault", "rekey"), random, rekeyMillis);
            boolean committed = !java.util.Arrays.equals(slotsBefore, Files.readAllBytes(key.resolve("keyslots.json")));
            boolean pending = Files.exists(key.resolve("rekey.pending"));
            assertThat(rowsOf(key)).as("vault after a kill during rekey " + k).isEqualTo(rows);
            outcomes.add("rekey " + k + (committed ? " committed" + (pending ? ", finished at the next unlock" : "")
                    : " not committed"));
            TempDirs.deleteTree(data);
            TempDirs.deleteTree(key);
        }
        System.out.println(String.join("\n", outcomes));
        assertThat(rowsOf(original)).isEqualTo(rows);
    }

    /**
     * Every row but the audit entries and settings (which each command adds to); the check covers the chain. This and
     * the helpers below are shared with {@link EraseCrashTest}.
     */
    static List<String> rowsOf(Path data) {
        try (UnlockedVault open = new Vault(new DataDirectory(data)).unlock("tester", PASS.toCharArray())) {
            CheckReport report = open.store().check(new AuditLog(open.store(), java.time.Clock.systemUTC())::chainProblems);
            assertThat(report.problems()).as(data.toString()).isEmpty();
            return VaultDump.of(open.store()).stream()
                    .filter(l -> !l.startsWith("AUDIT_EVENT ") && !l.startsWith("SETTING ")).toList();
        }
    }

    static Process child(Path data, String extraInput, String... args) throws Exception {
        List<String> command = ChildJvm.command("nl.baken.Launcher", args);
        if (!List.of(args).contains("--data-dir")) {
            command.addAll(List.of("--data-dir", data.toString()));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().write((PASS + "\n" + extraInput).getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        return p;
    }

    static long timed(Process p) throws Exception {
        long start = System.nanoTime();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    static void killAt(Process p, Random random, long millis) throws Exception {
        // Up to 15 % past the uninterrupted duration, so some runs end by themselves and some die near the end.
        Thread.sleep((long) (random.nextDouble() * millis * 1.15));
        p.toHandle().destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    static Path copyOf(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

}
