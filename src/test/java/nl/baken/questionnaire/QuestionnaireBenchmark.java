package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A plain timing harness, not a test with a time limit: loading and validating the full intake, and recomputing the
 * flow after one answer. Run with {@code ./mvnw -B -Pbenchmark verify -Dtest=QuestionnaireBenchmark}.
 */
@Tag("benchmark")
class QuestionnaireBenchmark {

    private static final int LOAD_WARMUP = 100;
    private static final int LOAD_RUNS = 200;
    private static final int FLOW_WARMUP = 5_000;
    private static final int FLOW_RUNS = 10_000;

    /** The full intake when the seeds have it, else the largest questionnaire file there is. */
    private static Path intake() throws Exception {
        Path seed = QuestionnaireFiles.projectDir().resolve("seeds/questionnaires/intake.yaml");
        if (Files.exists(seed)) {
            return seed;
        }
        return QuestionnaireFiles.all().stream()
                .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }

    @Test
    void loadAndRecompute() throws Exception {
        Path file = intake();
        QuestionnaireLoader loader = new QuestionnaireLoader();
        for (int i = 0; i < LOAD_WARMUP; i++) {
            loader.load(file);
        }
        long[] load = new long[LOAD_RUNS];
        LoadResult result = null;
        for (int i = 0; i < LOAD_RUNS; i++) {
            long start = System.nanoTime();
            result = loader.load(file);
            load[i] = System.nanoTime() - start;
        }
        Questionnaire q = result.questionnaire().orElseThrow();
        Flow flow = Flow.of(q);
        List<Question> asked = q.questions().stream().filter(x -> x.type().hasAnswer()).toList();
        RandomAnswerSets generator = new RandomAnswerSets(q);
        Random random = new Random(42);
        Answers answers = Answers.of(generator.next(random));
        long[] recompute = new long[FLOW_RUNS];
        int signals = 0;
        for (int i = 0; i < FLOW_WARMUP + FLOW_RUNS; i++) {
            Question question = asked.get(random.nextInt(asked.size()));
            Answer answer = generator.value(question, random);
            long start = System.nanoTime();
            answers = answers.with(question.id(), answer);
            FlowResult r = flow.evaluate(answers);
            long took = System.nanoTime() - start;
            signals += r.signals().size();
            if (i >= FLOW_WARMUP) {
                recompute[i - FLOW_WARMUP] = took;
            }
        }
        String report = String.format(java.util.Locale.ROOT,
                "questionnaire %s: %d sections, %d questions (%d asked)%n"
                        + "load+validate: median %.2f ms, p99 %.2f ms (%d runs after %d warm-up)%n"
                        + "recompute after one answer: median %.1f us, p99 %.1f us (%d runs after %d warm-up)%n",
                file.getFileName(), q.sections().size(), q.questions().size(), asked.size(),
                millis(percentile(load, 50)), millis(percentile(load, 99)), LOAD_RUNS, LOAD_WARMUP,
                percentile(recompute, 50) / 1_000.0, percentile(recompute, 99) / 1_000.0, FLOW_RUNS, FLOW_WARMUP);
        System.out.print(report);
        assertThat(signals).isGreaterThanOrEqualTo(0);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static long percentile(long[] samples, int p) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
