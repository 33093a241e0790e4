package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.baken.questionnaire.Answers;
import nl.baken.store.CheckReport;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.KeptKeyUnlock;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check judges the state the app will open (ADR 0018): a child JVM ({@link AutosaveLoop}) autosaves and is killed
 * with SIGKILL; the killed file is copied twice, one copy opened read-only as {@code vault check}, the backup and the
 * restore open it, the other unlocked read-write as the app does; both must hold the same answers, the same counts,
 * and every acknowledged answer the app finds. The live vault is never closed cleanly between kills, so the children
 * start from unclean files in turn, as after repeated crashes. 5 kills in every build, 40 with {@code -Pstress}.
 */
class CheckAfterKillTest {

    @TempDir
    Path dir;

    @Test
    void theReadOnlyCheckSeesWhatTheAppOpensAfterEachKill() throws Exception {
        assertThat(killAndCompare(Integer.getInteger("baken.checkkill.kills", 5))).isEmpty();
    }

    @Test
    @Tag("stress")
    void fortyKillsInARowTheCheckSeesWhatTheAppOpens() throws Exception {
        assertThat(killAndCompare(Integer.getInteger("baken.checkkill.kills", 40))).isEmpty();
    }

    /** Kills the child {@code kills} times; returns every difference between the two opens. */
    private List<String> killAndCompare(int kills) throws Exception {
        long seed = Long.getLong("baken.crash.seed", System.nanoTime());
        System.out.println("check-after-kill test: seed " + seed + " (replay with -Dbaken.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path data = dir.resolve("live");
        String intakeId = AutosaveCrashTest.newVault(data);
        List<String> differences = new ArrayList<>();
        Map<String, String> acknowledged = new HashMap<>();
        int lostToBoth = 0;
        try (VaultKey key = AutosaveCrashTest.keyOf(data)) {
            for (int k = 0; k < kills; k++) {
                AutosaveCrashTest.Round round = AutosaveCrashTest.runAndKill(data, intakeId, k, random,
                        dir.resolve("child-stderr.log"));
                round.acks().forEach(a -> acknowledged.put(a[0], a[1]));
                Path checked = copyOf(data, dir.resolve("check-" + k));
                Path worked = copyOf(data, dir.resolve("app-" + k));
                View check;
                try (UnlockedVault open = new Vault(new DataDirectory(checked)).openForCheck(key)) {
                    assertThat(open.store().isReadOnly()).isTrue();
                    check = View.of(open, intakeId);
                }
                View app;
                try (UnlockedVault open = KeptKeyUnlock.unlock(new Vault(new DataDirectory(worked)), key)) {
                    app = View.of(open, intakeId);
                }
                if (!check.equals(app)) {
                    differences.add("kill " + k + ": the check and the app open different states ("
                            + check.report.counts() + " / " + app.report.counts() + ")");
                }
                if (!check.report.healthy()) {
                    differences.add("kill " + k + ": check problems " + check.report.problems());
                }
                String[] pending = round.pending();
                if (pending != null && app.answers.get(pending[0])
                        .equals(Optional.of(AutosaveLoop.decode(pending[1])))) {
                    acknowledged.put(pending[0], pending[1]);
                }
                List<String> lost = new ArrayList<>();
                acknowledged.forEach((q, v) -> {
                    if (!app.answers.get(q).equals(Optional.of(AutosaveLoop.decode(v)))) {
                        lost.add(q);
                    }
                });
                lostToBoth += lost.size();
                lost.forEach(acknowledged::remove);
            }
        }
        // Acknowledged answers neither open finds: the recovery loss of ADR 0018, measured here, asserted nowhere yet.
        System.out.println("check-after-kill test: seed=" + seed + ", kills=" + kills + ", differences="
                + differences.size() + ", acknowledged answers lost to both opens=" + lostToBoth);
        return differences;
    }

    /** A copy of the data directory's database and key slots (ciphertext only) in {@code target}. */
    private static Path copyOf(Path data, Path target) throws java.io.IOException {
        DataDirectory from = new DataDirectory(data);
        DataDirectory to = new DataDirectory(target);
        Files.createDirectories(target);
        Files.copy(from.databaseFile(), to.databaseFile());
        Files.copy(from.keySlotsFile(), to.keySlotsFile());
        return target;
    }

    /** What one open shows: every answer of the intake and the full check's report. */
    private record View(Answers answers, String everyAnswer, CheckReport report) {

        static View of(UnlockedVault open, String intakeId) {
            Answers answers = new JooqIntakeRepository(open.store()).answers(intakeId);
            StringBuilder all = new StringBuilder();
            for (int q = 0; q < AutosaveLoop.QUESTIONS; q++) {
                all.append(answers.get("q" + q)).append('\n');
            }
            return new View(answers, all.toString(), open.store().check());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof View v && everyAnswer.equals(v.everyAnswer)
                    && report.counts().equals(v.report.counts()) && report.healthy() == v.report.healthy();
        }

        @Override
        public int hashCode() {
            return everyAnswer.hashCode();
        }
    }
}
