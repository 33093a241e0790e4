package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.baken.questionnaire.Answers;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kill while the vault locks loses nothing (ADR 0021): the lock is where H2 compacts with space reuse turned back on,
 * moving live chunks into the gaps a session of appended chunks left. A child ({@link AutosaveLoop}) saves answers
 * at H2 retention time 0, locks, and is killed with SIGKILL at a random moment of the lock (some after it); the vault
 * must then unlock, pass its check and hold every acknowledged answer. 10 kills in every build, 40 with
 * {@code -Pstress}; the seed is printed ({@code -Dbaken.crash.seed=N}).
 */
class LockKillTest {

    @TempDir
    Path dir;

    @Test
    void tenKillsDuringTheLockLoseNothing() throws Exception {
        assertThat(killDuringLock(Integer.getInteger("baken.lockkill.kills", 10))).isEmpty();
    }

    @Test
    @Tag("stress")
    void fortyKillsDuringTheLockLoseNothing() throws Exception {
        assertThat(killDuringLock(Integer.getInteger("baken.lockkill.kills", 40))).isEmpty();
    }

    /** Runs {@code kills} rounds; returns what went wrong (nothing when every round kept everything). */
    private List<String> killDuringLock(int kills) throws Exception {
        long seed = Long.getLong("baken.crash.seed", System.nanoTime());
        System.out.println("lock-kill test: seed " + seed + " (replay with -Dbaken.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path data = dir.resolve("vault");
        String intakeId = AutosaveCrashTest.newVault(data);
        Map<String, String> acknowledged = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Path stderr = dir.resolve("child-stderr.log");
        int killedWhileLocking = 0;
        try (VaultKey key = AutosaveCrashTest.keyOf(data)) {
            for (int k = 0; k < kills; k++) {
                long saves = 20 + random.nextInt(400);
                Process child = AutosaveCrashTest.startChild(stderr, data.toString(), intakeId, Integer.toString(k),
                        "0", Long.toString(saves));
                String[] pending = null;
                boolean locked = false;
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    List<String[]> acks = new ArrayList<>();
                    String line;
                    while ((line = lines.readLine()) != null && !line.equals("LOCKING")) {
                        pending = AutosaveCrashTest.take(line, acks, pending);
                    }
                    acks.forEach(a -> acknowledged.put(a[0], a[1]));
                    // Most kills fall inside the lock (tens of ms on this small vault); some after it.
                    Thread.sleep(random.nextInt(k % 5 == 4 ? 300 : 40));
                    child.toHandle().destroyForcibly();
                    assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child gone").isTrue();
                    while ((line = lines.readLine()) != null) {
                        locked |= line.equals("LOCKED");
                    }
                    if (!locked) {
                        killedWhileLocking++;
                    }
                }
                try (UnlockedVault open = new Vault(new DataDirectory(data)).unlock(key)) {
                    List<String> check = open.store().check().problems();
                    if (!check.isEmpty()) {
                        problems.add("kill " + k + ": check " + check);
                    }
                    Answers answers = new JooqIntakeRepository(open.store()).answers(intakeId);
                    for (String question : AutosaveLoop.lostAnswers(answers, acknowledged, pending)) {
                        problems.add("kill " + k + ": question " + question + " lost its acknowledged answer");
                    }
                }
            }
        }
        System.out.println("lock-kill test: seed=" + seed + ", kills=" + kills + ", killed while locking="
                + killedWhileLocking + ", file " + Files.size(new DataDirectory(data).databaseFile()) / 1024
                + " KiB, problems=" + problems.size());
        return problems;
    }
}
