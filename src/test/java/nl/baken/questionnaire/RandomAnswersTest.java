package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RandomAnswersTest {

    private static final Path SEEDS = Path.of(System.getProperty("baken.projectDir", "."), "seeds", "questionnaires");

    @Test
    void everyAnswerIsVisibleValidForItsQuestionAndAllFourStatesOccur() {
        Set<AnswerState> states = EnumSet.noneOf(AnswerState.class);
        for (String file : new String[] {"short-intake.yaml", "intake.yaml"}) {
            Questionnaire q = new QuestionnaireLoader().load(SEEDS.resolve(file)).questionnaire().orElseThrow();
            RandomAnswers random = new RandomAnswers(new Random(42));
            for (int i = 0; i < 100; i++) {
                Answers answers = random.walk(q, Answers.empty(), Integer.MAX_VALUE);
                FlowResult flow = Flow.of(q).evaluate(answers);
                assertThat(answers.asMap().keySet()).allSatisfy(id -> assertThat(flow.isVisible(id)).isTrue());
                assertThat(flow.notApplicable()).isEmpty();
                AnswersResult reread = new AnswersLoader().load("random.yaml", yaml(q, answers), q);
                assertThat(reread.problems()).isEmpty();
                assertThat(reread.answers()).isEqualTo(answers);
                answers.asMap().values().forEach(a -> states.add(a.state()));
            }
        }
        assertThat(states).containsExactlyInAnyOrder(AnswerState.values());
    }

    @Test
    void theSameSeedGivesTheSameAnswersAndALimitStopsEarly() {
        Questionnaire q = new QuestionnaireLoader().load(SEEDS.resolve("intake.yaml")).questionnaire().orElseThrow();
        assertThat(new RandomAnswers(new Random(7)).walk(q, Answers.empty(), Integer.MAX_VALUE))
                .isEqualTo(new RandomAnswers(new Random(7)).walk(q, Answers.empty(), Integer.MAX_VALUE));
        assertThat(new RandomAnswers(new Random(7)).walk(q, Answers.empty(), 5).size()).isEqualTo(5);
    }

    @Test
    void anAnswerNoShowIfReadsLeavesThePathAsItWasAndTheOthersAreKnown() {
        // The walk evaluates the flow again only after an answer to a question that shapes the path: that must be
        // every question whose answer can change what is shown, and no other.
        for (String file : new String[] {"short-intake.yaml", "intake.yaml"}) {
            Questionnaire q = new QuestionnaireLoader().load(SEEDS.resolve(file)).questionnaire().orElseThrow();
            Flow flow = Flow.of(q);
            RandomAnswers random = new RandomAnswers(new Random(3));
            int shaping = 0;
            for (int i = 0; i < 30; i++) {
                Answers answers = random.walk(q, Answers.empty(), Integer.MAX_VALUE);
                var path = flow.evaluate(answers).visibleQuestions();
                for (String id : answers.asMap().keySet()) {
                    boolean changes = !flow.evaluate(answers.without(id)).visibleQuestions().equals(path);
                    if (changes) {
                        assertThat(flow.shapesPath(id)).as(file + " " + id).isTrue();
                        shaping++;
                    } else if (!flow.shapesPath(id)) {
                        Question question = q.question(id).orElseThrow();
                        assertThat(flow.evaluate(answers.with(id, random.answer(question))).visibleQuestions())
                                .as(file + " " + id).isEqualTo(path);
                    }
                }
            }
            assertThat(shaping).as(file + ": answers that changed the path").isPositive();
        }
        assertThat(Flow.of(new QuestionnaireLoader().load(SEEDS.resolve("short-intake.yaml")).questionnaire()
                .orElseThrow()).shapesPath("w_safe_to_start")).isTrue();
    }

    /** Writes answers in the answers-file format, so the loader checks every value against its question. */
    static String yaml(Questionnaire q, Answers answers) {
        return answers.asMap().entrySet().stream().map(e -> e.getKey() + ": " + switch (e.getValue().state()) {
            case DONT_KNOW -> "{dont_know: true}";
            case DECLINED -> "{declined: true}";
            case SKIPPED -> "{skipped: true}";
            case VALUE -> q.question(e.getKey()).orElseThrow().type() == QuestionType.MULTI
                    ? e.getValue().values().stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"))
                    : "\"" + e.getValue().value() + "\"";
        }).collect(Collectors.joining("\n", "", "\n"));
    }
}
