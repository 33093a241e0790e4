package nl.baken.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import nl.baken.audit.AuditLog;
import nl.baken.bench.BenchReport;
import nl.baken.support.DemoFill;
import nl.baken.support.TestVault;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultKey;
import nl.baken.vault.VaultSwap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Size of a backup and the time to make and to verify it, for a vault of demo cases. {@code backup create} always
 * verifies what it wrote, so "write" is create minus a separate verify. Run with
 * {@code ./mvnw -B -Pbenchmark verify -Dtest=BackupBenchmark [-Dbaken.backup.cases=10000]
 * [-Dbaken.backup.keep=DIR] [-Dbaken.backup.rounds=3]}: with {@code keep}, the demo vault is made there once and
 * reused by later runs; the figures are medians over the rounds.
 */
@Tag("benchmark")
class BackupBenchmark {

    @TempDir
    Path dir;

    @Test
    void backupAndVerify() throws Exception {
        int cases = Integer.getInteger("baken.backup.cases", 1000);
        String keep = System.getProperty("baken.backup.keep", "");
        Path data = keep.isEmpty() ? dir.resolve("vault") : Path.of(keep);
        boolean kept = Files.exists(data.resolve("keyslots.json"));
        String rows;
        try (TestVault vault = TestVault.in(data)) {
            long t0 = System.nanoTime();
            if (!kept) {
                DemoFill.fill(vault.open(), cases, 1);
            }
            double demoSeconds = (System.nanoTime() - t0) / 1e9;
            int rounds = Integer.getInteger("baken.backup.rounds", 3);
            double[] create = new double[rounds];
            double[] verify = new double[rounds];
            double[] check = new double[rounds];
            long bytes = 0;
            try (VaultKey key = vault.open().vaultKey()) {
                for (int r = 0; r < create.length; r++) {
                    Path file = dir.resolve("b" + r + ".bkb");
                    long a = System.nanoTime();
                    BackupSummary made = BackupRoundTripTest.service().create(vault.open(), file, Progress.NONE);
                    long b = System.nanoTime();
                    BackupRoundTripTest.service().verify(file, key);
                    long c = System.nanoTime();
                    create[r] = (b - a) / 1e9;
                    verify[r] = (c - b) / 1e9;
                    bytes = Files.size(file);
                    check[r] = checkSeconds(file, key);
                    if (made.header().cases() != cases) {
                        throw new AssertionError("backup holds " + made.header().cases() + " cases");
                    }
                }
            }
            double createS = BenchReport.percentile(create, 50);
            double verifyS = BenchReport.percentile(verify, 50);
            double checkS = BenchReport.percentile(check, 50);
            rows = String.format(Locale.ROOT, "| %,d | %.1f MB | %.1f s | %.1f s (load %.1f, check %.1f) | %.1f s | %s |%n",
                    cases, bytes / 1e6, createS - verifyS, verifyS, verifyS - checkS, checkS, createS,
                    kept ? "kept vault" : String.format(Locale.ROOT, "%.0f s", demoSeconds));
        }
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        BenchReport.writeSection("Backup and verify (issue 14)", """
                Command: `./mvnw -B -Pbenchmark verify -Dtest=BackupBenchmark -Dbaken.backup.cases=N` (median of 3; \
                `backup create` verifies what it wrote, so write = create − verify). Load average at the end: %s.

                | demo cases | backup file | write (snapshot + seal) | verify (open every chunk, load, full check; check = the check alone on the restored copy) | create (both) | making the demo cases |
                |---|---|---|---|---|---|
                %s""".formatted(load, rows));
        System.out.print(rows);
    }

    /** The full check alone (audit chain included), on a restored copy of {@code file}: verify's second half. */
    private double checkSeconds(Path file, VaultKey key) {
        Path restored = dir.resolve("check-" + System.nanoTime());
        BackupRoundTripTest.service().restore(file, key, restored);
        long a = System.nanoTime();
        try (UnlockedVault open = new Vault(new DataDirectory(restored)).openForCheck(key)) {
            if (!open.store().check(new AuditLog(open.store(), Clock.systemUTC())::chainProblems).healthy()) {
                throw new AssertionError("restored copy fails its check");
            }
        }
        double seconds = (System.nanoTime() - a) / 1e9;
        VaultSwap.deleteTree(restored);
        return seconds;
    }
}
