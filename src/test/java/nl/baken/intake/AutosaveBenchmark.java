package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.baken.audit.AuditLog;
import nl.baken.cases.CaseFile;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.RandomAnswers;
import nl.baken.store.PlainStore;
import nl.baken.store.Store;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autosave latency: the wizard's save of one answer ({@link IntakeService#saveAnswer} with the question it moves
 * on to: one transaction, one commit, one fsync) on the encrypted store against a plain H2 file with the same
 * settings and schema. It counts the durable commits ({@link Store#durableCommits()}, one {@code CHECKPOINT SYNC}
 * each) per answer, and times the path the wizard took before for comparison (the answer, then the current
 * question in a second commit). Warm-up first, then blocks of saves alternating between the two so that background load
 * hits both alike. Run with {@code ./mvnw -B -Pbenchmark verify -Dtest=AutosaveBenchmark}; figures go to stdout
 * and {@code target/benchmark/autosave.txt}.
 */
@Tag("benchmark")
class AutosaveBenchmark {

    private static final int WARM_UP = Integer.getInteger("baken.bench.warmup", 500);
    private static final int SAVES = Integer.getInteger("baken.bench.saves", 2000);
    private static final int BLOCK = 100;

    @TempDir
    Path dir;

    /** One side of the comparison: a store, an intake on it, and the questions to answer. */
    private record Side(Store store, IntakeService service, String intakeId, List<Question> questions) {
    }

    @Test
    void autosaveOnTheEncryptedStoreAgainstAPlainOne() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("encrypted"));
             Store plain = PlainStore.open(dir.resolve("plain").resolve("baken"))) {
            Side encrypted = side(vault.open().store());
            Side unencrypted = side(plain);
            String loadBefore = load();
            Random random = new Random(1);
            RandomAnswers answers = new RandomAnswers(random);
            for (int i = 0; i < WARM_UP; i++) {
                save(encrypted, answers, random);
                save(unencrypted, answers, random);
            }
            long[] enc = new long[SAVES];
            long[] pln = new long[SAVES];
            long[] twoCommits = new long[SAVES];
            long commitsBefore = encrypted.store().durableCommits() + unencrypted.store().durableCommits();
            for (int done = 0; done < SAVES; done += BLOCK) {
                for (int i = done; i < Math.min(SAVES, done + BLOCK); i++) {
                    enc[i] = save(encrypted, answers, random);
                }
                for (int i = done; i < Math.min(SAVES, done + BLOCK); i++) {
                    pln[i] = save(unencrypted, answers, random);
                }
            }
            long commits = encrypted.store().durableCommits() + unencrypted.store().durableCommits() - commitsBefore;
            long twoBefore = encrypted.store().durableCommits();
            for (int i = 0; i < SAVES; i++) {
                twoCommits[i] = saveInTwoCommits(encrypted, answers, random);
            }
            long twoCommitsCount = encrypted.store().durableCommits() - twoBefore;
            String report = report(enc, pln)
                    + String.format(java.util.Locale.ROOT, "durable commits (CHECKPOINT SYNC, one fsync each) per "
                            + "answer: %.2f (%d for %d answers)%n", commits / (2.0 * SAVES), commits, 2 * SAVES)
                    + String.format(java.util.Locale.ROOT, "the earlier path (answer, then current question: "
                            + "%.2f commits per answer), encrypted: p50 %.2f ms, p99 %.2f ms%n",
                            twoCommitsCount / (double) SAVES, percentile(twoCommits, 50), percentile(twoCommits, 99))
                    + "load average before/after (1, 5, 15 min): " + loadBefore + " / " + load() + "\n";
            System.out.println(report);
            Path out = Path.of(System.getProperty("baken.projectDir", "."), "target", "benchmark", "autosave.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            assertThat(Arrays.stream(enc).min().orElse(0)).isPositive();
            assertThat(commits).as("one durable commit per answer").isEqualTo(2L * SAVES);
        }
    }

    private static Side side(Store store) {
        IntakeService service = new IntakeService(store, new JooqCaseRepository(store), new JooqIntakeRepository(store),
                new QuestionnaireLibrary(null), new AuditLog(store, Clock.systemUTC()), Clock.systemUTC(),
                new SecureRandom());
        CaseFile c = service.createCase(Optional.empty(), "bench");
        IntakeSession session = service.start(c.id(), TestVault.seed("intake.yaml"),
                new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty()), "bench");
        List<Question> questions = session.questionnaire().questions().stream().filter(q -> q.type().hasAnswer())
                .toList();
        return new Side(store, service, session.intake().id(), questions);
    }

    /**
     * One autosave of a random answer to a random question, as the wizard makes it (with the question it moves on
     * to); returns its latency in nanoseconds.
     */
    private static long save(Side side, RandomAnswers answers, Random random) {
        int i = random.nextInt(side.questions().size());
        Question q = side.questions().get(i);
        String next = side.questions().get((i + 1) % side.questions().size()).id();
        Answer a = answers.answer(q);
        long start = System.nanoTime();
        side.service().saveAnswer(side.intakeId(), q.id(), a, next, "bench");
        return System.nanoTime() - start;
    }

    /** The path the wizard took before: the answer in one commit, the question it moved to in a second. */
    private static long saveInTwoCommits(Side side, RandomAnswers answers, Random random) {
        int i = random.nextInt(side.questions().size());
        Question q = side.questions().get(i);
        String next = side.questions().get((i + 1) % side.questions().size()).id();
        Answer a = answers.answer(q);
        long start = System.nanoTime();
        side.service().saveAnswer(side.intakeId(), q.id(), a, "bench");
        side.service().setCurrentQuestion(side.intakeId(), next);
        return System.nanoTime() - start;
    }

    private static String report(long[] enc, long[] pln) {
        double e50 = percentile(enc, 50);
        double e99 = percentile(enc, 99);
        double p50 = percentile(pln, 50);
        double p99 = percentile(pln, 99);
        return String.format(java.util.Locale.ROOT, """
                autosave benchmark %s: %d warm saves each (after %d warm-up), %d cores, %s %s
                encrypted (CIPHER=AES, WRITE_DELAY=0): p50 %.2f ms, p99 %.2f ms, max %.2f ms
                plain     (WRITE_DELAY=0):             p50 %.2f ms, p99 %.2f ms, max %.2f ms
                ratio encrypted/plain: p50 %.2f, p99 %.2f
                targets: p99 <= 15 ms: %s; ratio <= 1.3: %s
                """, LocalDate.now(), enc.length, WARM_UP, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("java.version"),
                e50, e99, max(enc), p50, p99, max(pln), e50 / p50, e99 / p99,
                e99 <= 15 ? "met" : "missed", e50 / p50 <= 1.3 ? "met (p50)" : "missed (p50)");
    }

    /** The machine's load average, to read the tail figures against (empty where /proc is absent). */
    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
