package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.baken.questionnaire.Answers;
import nl.baken.store.CheckReport;
import nl.baken.vault.DataDirectory;
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
 * start from unclean files in turn, as after repeated crashes; no acknowledged answer may be missing from either
 * (ADR 0021). 10 kills in every build, at H2 retention time 0; 40 more at H2's default with {@code -Pstress}.
 */
class CheckAfterKillTest {

    @TempDir
    Path dir;

    @Test
    void afterEachKillTheCheckSeesWhatTheAppOpensAndNoAcknowledgedAnswerIsLost() throws Exception {
        // H2's retention time 0 in the child: dead chunks are free at once, as in a session older than 45 s, where
        // chunks written into gaps of the file were lost after unclean shutdowns (ADR 0018, ADR 0021).
        Outcome outcome = killAndCompare(Integer.getInteger("baken.checkkill.kills", 10),
                Long.getLong("baken.checkkill.retention", 0));
        assertThat(outcome.differences()).isEmpty();
        assertThat(outcome.lost()).as("acknowledged answers lost").isZero();
    }

    @Test
    @Tag("stress")
    void fortyKillsInARowAtH2sOwnRetentionTimeLoseNothing() throws Exception {
        // H2's default retention (45 s): forty rounds of a few seconds make one long unclean session.
        Outcome outcome = killAndCompare(Integer.getInteger("baken.checkkill.kills", 40),
                Long.getLong("baken.checkkill.retention", -1));
        assertThat(outcome.differences()).isEmpty();
        assertThat(outcome.lost()).as("acknowledged answers lost").isZero();
    }

    /** What a run of kills found: differences between the two opens, and acknowledged answers neither finds. */
    private record Outcome(List<String> differences, int lost) {
    }

    /**
     * Kills the child {@code kills} times, its H2 retention time {@code retentionMillis} (below 0: H2's default);
     * returns every difference between the two opens and the acknowledged answers both lost.
     */
    private Outcome killAndCompare(int kills, long retentionMillis) throws Exception {
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
                        dir.resolve("child-stderr.log"), retentionMillis);
                round.acks().forEach(a -> acknowledged.put(a[0], a[1]));
                Path checked = copyOf(data, dir.resolve("check-" + k));
                Path worked = copyOf(data, dir.resolve("app-" + k));
                View check;
                try (UnlockedVault open = new Vault(new DataDirectory(checked)).openForCheck(key)) {
                    assertThat(open.store().isReadOnly()).isTrue();
                    check = View.of(open, intakeId);
                }
                View app;
                try (UnlockedVault open = new Vault(new DataDirectory(worked)).unlock(key)) {
                    app = View.of(open, intakeId);
                }
                if (!check.equals(app)) {
                    differences.add("kill " + k + ": the check and the app open different states ("
                            + check.report.counts() + " / " + app.report.counts() + ")");
                }
                if (!check.report.healthy()) {
                    differences.add("kill " + k + ": check problems " + check.report.problems());
                }
                List<String> lost = AutosaveLoop.lostAnswers(app.answers, acknowledged, round.pending());
                lostToBoth += lost.size();
                lost.forEach(acknowledged::remove);
            }
        }
        System.out.println("check-after-kill test: seed=" + seed + ", kills=" + kills + ", retention="
                + (retentionMillis < 0 ? "H2's default" : retentionMillis + " ms") + ", differences="
                + differences.size() + ", acknowledged answers lost to both opens=" + lostToBoth);
        return new Outcome(differences, lostToBoth);
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
