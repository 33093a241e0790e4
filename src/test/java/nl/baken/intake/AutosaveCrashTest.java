package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.baken.cases.CaseFile;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.support.ChildJvm;
import nl.baken.support.TestVault;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultException;
import nl.baken.vault.VaultKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nothing is lost": a child JVM ({@link AutosaveLoop}) autosaves answers into the encrypted vault and is killed
 * with SIGKILL at random moments; after every kill the vault is opened, every table read, and every answer the
 * child acknowledged must be there with its exact value. 50 kills in every build; 1,000 with {@code -Pstress}
 * ({@code -Dbaken.crash.kills=N} and {@code -Dbaken.crash.minutes=M} change the count and set a time budget).
 */
class AutosaveCrashTest {

    static final String WORKER = "crash-tester";
    static final String PASSPHRASE = "crash test passphrase words";
    private static final Path REPORTS = Path.of(System.getProperty("baken.projectDir", "."), "target", "crash-test");

    @TempDir
    Path dir;

    @Test
    void fiftyKillsLoseNoAcknowledgedAnswer() throws Exception {
        Report report = killRepeatedly(Integer.getInteger("baken.crash.kills", 50), 0);
        assertThat(report.broken).as(report.toString()).isZero();
        assertThat(report.lost).as(report.toString()).isZero();
        assertThat(report.kills).isEqualTo(Integer.getInteger("baken.crash.kills", 50));
    }

    @Test
    @Tag("stress")
    void thousandKillsLoseNoAcknowledgedAnswer() throws Exception {
        Report report = killRepeatedly(Integer.getInteger("baken.crash.kills", 1000),
                Long.getLong("baken.crash.minutes", 0L));
        assertThat(report.broken).as(report.toString()).isZero();
        assertThat(report.lost).as(report.toString()).isZero();
    }

    /** Counts of one run. */
    static final class Report {
        int kills;
        int startupKills;
        int broken;
        int lost;
        long acknowledged;
        long inFlightCommitted;
        long millis;
        final List<String> findings = new ArrayList<>();

        @Override
        public String toString() {
            return String.format("kills=%d (during start-up %d), broken files=%d, acknowledged answers lost=%d, "
                    + "acknowledged saves=%d, unacknowledged saves found committed=%d, time=%.1f s (%.2f s/kill)%s",
                    kills, startupKills, broken, lost, acknowledged, inFlightCommitted, millis / 1000.0,
                    kills == 0 ? 0 : millis / 1000.0 / kills, findings.isEmpty() ? "" : ", findings: " + findings);
        }
    }

    private Report killRepeatedly(int kills, long minutes) throws Exception {
        Files.createDirectories(REPORTS);
        Report report = new Report();
        long start = System.currentTimeMillis();
        long deadline = minutes > 0 ? start + TimeUnit.MINUTES.toMillis(minutes) : Long.MAX_VALUE;
        // Printed first and kept in the summary: -Dbaken.crash.seed=SEED replays the same kill moments and answers.
        long seed = Long.getLong("baken.crash.seed", System.nanoTime());
        System.out.println("autosave crash test: seed " + seed + " (replay with -Dbaken.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        int generation = 0;
        Path data = dir.resolve("vault-" + generation);
        String intakeId = newVault(data);
        // Opened once per vault: the unlock after each kill uses it, so only the child pays Argon2id per kill.
        VaultKey key = keyOf(data);
        Map<String, String> expected = new HashMap<>();
        Path stderr = REPORTS.resolve("child-stderr.log");
        for (int k = 0; k < kills && System.currentTimeMillis() < deadline; k++) {
            Round round = runAndKill(data, intakeId, k, random, stderr);
            report.kills++;
            report.acknowledged += round.acks.size();
            if (round.startupKill) {
                report.startupKills++;
            }
            round.acks.forEach(a -> expected.put(a[0], a[1]));
            Optional<String> broken = verify(data, key, intakeId, expected, round.pending, report);
            if (broken.isPresent()) {
                report.broken++;
                Path keep = REPORTS.resolve("broken-" + k + ".mv.db");
                Files.copy(data.resolve("baken.mv.db"), keep, StandardCopyOption.REPLACE_EXISTING);
                report.findings.add("kill " + k + ": " + broken.get() + " (copy: " + keep + ")");
                generation++;
                data = dir.resolve("vault-" + generation);
                intakeId = newVault(data);
                key.close();
                key = keyOf(data);
                expected.clear();
            }
        }
        key.close();
        report.millis = System.currentTimeMillis() - start;
        String line = "autosave crash test: seed=" + seed + ", " + report;
        System.out.println(line);
        Files.writeString(REPORTS.resolve("summary-" + kills + ".txt"), line + "\n", StandardCharsets.UTF_8);
        return report;
    }

    /** Sets up a vault with one case and one intake; returns the intake's id. */
    static String newVault(Path data) {
        Vault vault = new Vault(new DataDirectory(data));
        vault.setUp(WORKER, PASSPHRASE.toCharArray());
        try (UnlockedVault open = vault.unlock(WORKER, PASSPHRASE.toCharArray())) {
            IntakeService service = AutosaveLoop.service(open);
            CaseFile c = service.createCase(Optional.empty(), open.workerId());
            return service.start(c.id(), TestVault.seed("short-intake.yaml"),
                    new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty()), open.workerId())
                    .intake().id();
        }
    }

    /** The vault's key, opened once from its key slots with the worker's passphrase. */
    static VaultKey keyOf(Path data) throws IOException {
        return VaultKey.open(Files.readAllBytes(new DataDirectory(data).keySlotsFile()), PASSPHRASE.toCharArray());
    }

    /** What one child did before it was killed. */
    record Round(List<String[]> acks, String[] pending, boolean startupKill) {
    }

    static Round runAndKill(Path data, String intakeId, int k, Random random, Path stderr) throws Exception {
        return runAndKill(data, intakeId, k, random, stderr, -1);
    }

    /** The same, with the child's H2 retention time set to {@code retentionMillis} (below 0: H2's default). */
    static Round runAndKill(Path data, String intakeId, int k, Random random, Path stderr, long retentionMillis)
            throws Exception {
        Process child = startChild(stderr, data.toString(), intakeId, Integer.toString(k),
                Long.toString(retentionMillis));
        List<String[]> acks = new ArrayList<>();
        String[] pending = null;
        // One kill in ten lands during start-up (unlock, migrations check); the rest after 1..40 acknowledged saves.
        boolean startupKill = random.nextInt(10) == 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            if (startupKill) {
                Thread.sleep(random.nextInt(1500));
            } else {
                int target = 1 + random.nextInt(40);
                int seen = 0;
                String line;
                while (seen < target && (line = lines.readLine()) != null) {
                    pending = take(line, acks, pending);
                    if (line.startsWith("ACK ")) {
                        seen++;
                    }
                }
                if (seen < target) {
                    throw new AssertionError("child " + k + " ended by itself after " + seen
                            + " acknowledgements; see " + stderr);
                }
                Thread.sleep(random.nextInt(20));
            }
            // SIGKILL through the process handle: Process.destroyForcibly() would also close our end of the pipe
            // and lose acknowledgements the child wrote just before it died. Both send SIGKILL on Linux; the
            // exit value 137 (128 + 9) below proves it.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child gone").isTrue();
            if (!startupKill || child.exitValue() != 0) {
                assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
            }
            String line;
            while ((line = lines.readLine()) != null) {
                pending = take(line, acks, pending);
            }
        }
        return new Round(acks, pending, startupKill);
    }

    /** Starts {@link AutosaveLoop} with {@code args}, its standard error appended to {@code stderr}. */
    static Process startChild(Path stderr, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(AutosaveLoop.class.getName(), args));
        pb.redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        return pb.start();
    }

    /** Takes one line of the child's output; returns the save in flight (a TRY not yet acknowledged), if any. */
    static String[] take(String line, List<String[]> acks, String[] pending) {
        String[] parts = line.split(" ");
        if (line.startsWith("TRY ") && parts.length == 3) {
            return new String[] {parts[1], parts[2]};
        }
        if (line.startsWith("ACK ") && parts.length == 3) {
            acks.add(new String[] {parts[1], parts[2]});
            return null;
        }
        return pending;
    }

    /**
     * Unlocks the vault read-write as the app does (with the kept key), reads every table and checks every
     * acknowledged answer; returns a problem if broken.
     */
    private static Optional<String> verify(Path data, VaultKey key, String intakeId, Map<String, String> expected, String[] pending,
                                           Report report) {
        Vault vault = new Vault(new DataDirectory(data));
        try (UnlockedVault open = vault.unlock(key)) {
            List<String> problems = open.store().check().problems();
            if (!problems.isEmpty()) {
                return Optional.of("check: " + problems);
            }
            Answers answers = new JooqIntakeRepository(open.store()).answers(intakeId);
            if (pending != null && answers.get(pending[0]).equals(Optional.of(AutosaveLoop.decode(pending[1])))
                    && !pending[1].equals(expected.get(pending[0]))) {
                // Committed, but the kill came before the acknowledgement: from now on this is the value.
                expected.put(pending[0], pending[1]);
                report.inFlightCommitted++;
            }
            List<String> lostKeys = new ArrayList<>();
            for (Map.Entry<String, String> e : expected.entrySet()) {
                Optional<Answer> actual = answers.get(e.getKey());
                if (!actual.equals(Optional.of(AutosaveLoop.decode(e.getValue())))) {
                    report.lost++;
                    report.findings.add("question " + e.getKey() + ": acknowledged " + e.getValue() + ", found "
                            + actual.map(a -> a.state() + (a.hasValue() ? ":" + a.value() : "")).orElse("nothing"));
                    lostKeys.add(e.getKey());
                }
            }
            // Counted once: the next acknowledged save of that question sets a new expectation.
            lostKeys.forEach(expected::remove);
            return Optional.empty();
        } catch (VaultException e) {
            return Optional.of("unlock failed: " + e.reason());
        } catch (RuntimeException e) {
            return Optional.of("read failed: " + e.getClass().getSimpleName());
        }
    }
}
