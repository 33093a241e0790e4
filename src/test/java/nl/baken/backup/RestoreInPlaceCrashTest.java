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
import nl.baken.support.TestVault;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultDump;
import nl.baken.vault.VaultSwap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a child JVM at a random moment while it restores a backup over the vault in place (the app's
 * "Back-up terugzetten", ADR 0017): the vault always opens with its passphrase, passes the full check, and holds
 * either every row it held before or every row of the backup, never a mix; only staged folders are left beside it,
 * and the next restore removes them. Under -Pstress only (30 kills, {@code -Dbaken.restore.kills=N}; one child takes
 * about 20 s here), since {@link VaultLifeCrashTest} already kills the command line's restore in the normal build.
 * The seed is printed ({@code -Dbaken.crash.seed=N} repeats it).
 */
class RestoreInPlaceCrashTest {

    private static final String PASS = TestVault.PASSPHRASE;

    @TempDir
    Path dir;

    @Test
    @Tag("stress")
    void killsDuringARestoreInPlaceLeaveTheOldVaultOrTheBackup() throws Exception {
        run(Integer.getInteger("baken.restore.kills", 30));
    }

    private void run(int kills) throws Exception {
        long seed = Long.getLong("baken.crash.seed", System.nanoTime());
        System.out.println("RestoreInPlaceCrashTest seed " + seed + " (-Dbaken.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path original = dir.resolve("original/data");
        Path file = dir.resolve("vault.bkb");
        List<String> backupRows;
        List<String> laterRows;
        try (TestVault vault = TestVault.in(original)) {
            DemoFill.fill(vault.open(), 3, 7);
            BackupRoundTripTest.service().create(vault.open(), file, Progress.NONE);
            backupRows = rows(vault.open());
            DemoFill.fill(vault.open(), 1, 8);
            laterRows = rows(vault.open());
        }
        Path once = copyOf(original, dir.resolve("once/data"));
        long start = System.nanoTime();
        Process p = child(once, file);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(rowsOf(once)).isEqualTo(backupRows);
        System.out.printf("uninterrupted restore in place: %d ms%n", millis);
        List<String> outcomes = new ArrayList<>();
        for (int k = 0; k < kills; k++) {
            Path data = copyOf(original, dir.resolve("k" + k + "/data"));
            Process c = child(data, file);
            Thread.sleep((long) (random.nextDouble() * millis * 1.15));
            c.toHandle().destroyForcibly();
            assertThat(c.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<String> after = rowsOf(data);
            assertThat(after).as("kill " + k).isIn(backupRows, laterRows);
            try (Stream<Path> beside = Files.list(data.getParent())) {
                assertThat(beside.map(x -> x.getFileName().toString()).toList())
                        .as("only the vault and staged restores beside it after the next look, kill " + k)
                        .allMatch(n -> n.equals("data") || n.startsWith(".data.restored-")
                                || n.startsWith("..data.restored-"));
            }
            VaultSwap.removeStaged(new DataDirectory(data));
            try (Stream<Path> beside = Files.list(data.getParent())) {
                assertThat(beside.map(x -> x.getFileName().toString()).toList())
                        .as("a staged restore is removed, kill " + k).containsExactly("data");
            }
            outcomes.add("kill " + k + ": " + (after.equals(backupRows) ? "backup in place" : "old vault kept"));
            VaultSwap.deleteTree(data.getParent());
        }
        System.out.println(String.join("\n", outcomes));
    }

    private static List<String> rows(UnlockedVault open) {
        return VaultDump.of(open.store()).stream()
                .filter(l -> !l.startsWith("AUDIT_EVENT ") && !l.startsWith("SETTING ")).toList();
    }

    /** Unlocks (which first finishes an interrupted swap), checks, and dumps. */
    private static List<String> rowsOf(Path data) {
        try (UnlockedVault open = new Vault(new DataDirectory(data)).unlock("tester", PASS.toCharArray())) {
            CheckReport report = open.store().check(new AuditLog(open.store(), java.time.Clock.systemUTC())::chainProblems);
            assertThat(report.problems()).as(data.toString()).isEmpty();
            return rows(open);
        }
    }

    private static Process child(Path data, Path file) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(RestoreInPlaceChild.class.getName(), data.toString(),
                file.toString()));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().write((PASS + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        return p;
    }

    private static Path copyOf(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
