package nl.baken.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.baken.support.DemoFill;
import nl.baken.support.TempDirs;
import nl.baken.support.TestVault;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a child JVM at a random moment during {@code baken case erase} (issue 14 part 8; 30 kills, under
 * -Pstress): the vault always opens with its passphrase and passes the full check, holding either
 * every row it held before (the erasure had not committed) or exactly the rows of a finished erasure, never anything
 * between; no leftover of the rewrite stays after the next unlock. The seed is printed
 * ({@code -Dbaken.crash.seed=N} repeats it). Uses {@link VaultLifeCrashTest}'s child JVM and kill helpers.
 */
class EraseCrashTest {

    @TempDir
    Path dir;

    /**
     * Under -Pstress only: one uninterrupted erasure in a child JVM took 15.6 s on the loaded build machine, and three
     * kills 87 s in all, past the build's budget; the build keeps ErasureTest's check that an uncommitted rewrite's
     * leftover is removed and the old vault opens complete.
     */
    @Test
    @Tag("stress")
    void killsDuringAnErasureLeaveTheOldVaultOrTheErasedOneComplete() throws Exception {
        run(Integer.getInteger("baken.erase.kills", 30));
    }

    private void run(int kills) throws Exception {
        long seed = Long.getLong("baken.crash.seed", System.nanoTime());
        System.out.println("EraseCrashTest seed " + seed + " (-Dbaken.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path original = dir.resolve("original");
        try (TestVault vault = TestVault.in(original)) {
            DemoFill.fill(vault.open(), 2, 5);
        }
        String reference = firstReference(original);
        // The first command-line unlock adds the national partners: after it, the rows stay as they are.
        VaultLifeCrashTest.timed(VaultLifeCrashTest.child(original, "", "case", "list"));
        List<String> before = VaultLifeCrashTest.rowsOf(original);
        Path once = VaultLifeCrashTest.copyOf(original, dir.resolve("erased-once"));
        long eraseMillis = VaultLifeCrashTest.timed(VaultLifeCrashTest.child(once, "", "case", "erase", reference,
                "--yes", "--despite-referral"));
        List<String> erased = VaultLifeCrashTest.rowsOf(once);
        assertThat(erased).isNotEqualTo(before).isSubsetOf(before);
        System.out.printf("uninterrupted erase: %d ms%n", eraseMillis);

        List<String> outcomes = new ArrayList<>();
        int committed = 0;
        for (int k = 0; k < kills; k++) {
            Path data = VaultLifeCrashTest.copyOf(original, dir.resolve("e" + k));
            VaultLifeCrashTest.killAt(VaultLifeCrashTest.child(data, "", "case", "erase", reference, "--yes",
                    "--despite-referral"), random, eraseMillis);
            boolean leftover = Files.exists(data.resolve("baken-rewrite.mv.db"));
            List<String> rows = VaultLifeCrashTest.rowsOf(data);
            assertThat(rows).as("vault after a kill during erase " + k).isIn(before, erased);
            assertThat(data.resolve("baken-rewrite.mv.db")).doesNotExist();
            boolean done = rows.equals(erased);
            committed += done ? 1 : 0;
            outcomes.add("erase " + k + (done ? " committed" : " not committed")
                    + (leftover ? ", leftover removed at the next unlock" : ""));
            TempDirs.deleteTree(data);
        }
        System.out.println(String.join("\n", outcomes));
        System.out.printf("%d kills: %d committed, %d not committed, every vault opened and passed its check%n",
                kills, committed, kills - committed);
    }

    private static String firstReference(Path data) {
        try (UnlockedVault open = new Vault(new DataDirectory(data)).unlock("tester", TestVault.PASSPHRASE.toCharArray())) {
            return open.store().dsl().select(nl.baken.store.generated.Tables.CASE_FILE.REFERENCE)
                    .from(nl.baken.store.generated.Tables.CASE_FILE)
                    .orderBy(nl.baken.store.generated.Tables.CASE_FILE.REFERENCE).limit(1)
                    .fetchOne(nl.baken.store.generated.Tables.CASE_FILE.REFERENCE);
        }
    }
}
