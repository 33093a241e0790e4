package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link Flow} over random answers, for every seed questionnaire and the test fixtures. */
class FlowPropertiesTest {

    /** One questionnaire with a random set of answers and a random seed for further changes. */
    record Case(String file, Flow flow, Map<String, Answer> answers, long seed) {
        @Override
        public String toString() {
            return file + " with " + answers.size() + " answers, seed " + seed;
        }
    }

    private static final List<Case> FLOWS = loadAll();

    private static List<Case> loadAll() {
        List<Case> flows = new ArrayList<>();
        for (Path file : QuestionnaireFiles.all()) {
            // A seed that does not validate is the validator's business, not a property of Flow.
            new QuestionnaireLoader().load(file).questionnaire()
                    .ifPresent(q -> flows.add(new Case(file.getFileName().toString(), Flow.of(q), Map.of(), 0)));
        }
        return flows;
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(FLOWS).flatMap(c -> Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            Map<String, Answer> answers = new RandomAnswerSets(c.flow().questionnaire()).next(random);
            return new Case(c.file(), c.flow(), answers, seed);
        }));
    }

    @Example
    void thereIsSomethingToTest() {
        assertThat(FLOWS).extracting(Case::file).contains("fixture-intake.yaml");
    }

    @Property(tries = 200)
    void noVisibleQuestionHasAFalseCondition(@ForAll("cases") Case c) {
        Questionnaire q = c.flow().questionnaire();
        FlowResult result = c.flow().evaluate(Answers.of(c.answers()));
        Map<String, Answer> visibleValues = new HashMap<>();
        for (Question question : result.visibleQuestions()) {
            Answer a = c.answers().get(question.id());
            if (a != null && question.type().hasAnswer()) {
                visibleValues.put(question.id(), a);
            }
        }
        List<String> visibleSections = result.sections().stream().map(s -> s.section().id()).toList();
        for (Section section : q.sections()) {
            boolean sectionHolds = section.showIf().map(x -> ReferenceConditions.holds(x, visibleValues, q))
                    .orElse(true);
            assertThat(visibleSections.contains(section.id())).as(section.id()).isEqualTo(sectionHolds);
            for (Question question : section.questions()) {
                boolean holds = sectionHolds && question.showIf()
                        .map(x -> ReferenceConditions.holds(x, visibleValues, q)).orElse(true);
                assertThat(result.isVisible(question.id())).as(question.id()).isEqualTo(holds);
            }
        }
    }

    @Property(tries = 200)
    void signalsAndUrgencyComeOnlyFromVisibleQuestions(@ForAll("cases") Case c) {
        FlowResult result = c.flow().evaluate(Answers.of(c.answers()));
        result.signals().values().forEach(raised ->
                assertThat(raised.questionIds()).allMatch(result::isVisible));
        assertThat(result.urgentBy()).allMatch(result::isVisible);
        assertThat(result.urgent()).isEqualTo(!result.urgentBy().isEmpty());
        assertThat(result.notApplicable()).noneMatch(result::isVisible).allMatch(c.answers()::containsKey);
    }

    @Property(tries = 200)
    void changingHiddenAnswersChangesNothing(@ForAll("cases") Case c) {
        FlowResult before = c.flow().evaluate(Answers.of(c.answers()));
        Random random = new Random(c.seed() ^ 0x5DEECE66DL);
        RandomAnswerSets generator = new RandomAnswerSets(c.flow().questionnaire());
        Map<String, Answer> changed = new HashMap<>(c.answers());
        for (Question question : c.flow().questionnaire().questions()) {
            if (!before.isVisible(question.id()) && question.type().hasAnswer()) {
                switch (random.nextInt(3)) {
                    case 0 -> changed.remove(question.id());
                    case 1 -> changed.put(question.id(), generator.value(question, random));
                    default -> changed.put(question.id(), Answer.skipped());
                }
            }
        }
        FlowResult after = c.flow().evaluate(Answers.of(changed));
        assertThat(after.signals()).isEqualTo(before.signals());
        assertThat(after.urgent()).isEqualTo(before.urgent());
        assertThat(after.urgentBy()).isEqualTo(before.urgentBy());
        assertThat(after.sections()).isEqualTo(before.sections());
        assertThat(after.progress()).isEqualTo(before.progress());
    }

    @Property(tries = 200)
    void theOrderOfAnsweringDoesNotMatter(@ForAll("cases") Case c) {
        FlowResult direct = c.flow().evaluate(Answers.of(c.answers()));
        List<String> order = new ArrayList<>(c.answers().keySet());
        Collections.shuffle(order, new Random(c.seed()));
        Answers stepByStep = Answers.empty();
        for (String id : order) {
            // an answer given once differently and corrected later must not leave a trace
            stepByStep = stepByStep.with(id, Answer.skipped()).with(id, c.answers().get(id));
            c.flow().evaluate(stepByStep);
        }
        assertThat(c.flow().evaluate(stepByStep)).isEqualTo(direct);
    }

    @Property(tries = 200)
    void walkingTwiceGivesTheSameResult(@ForAll("cases") Case c) {
        Answers answers = Answers.of(c.answers());
        FlowResult first = c.flow().evaluate(answers);
        assertThat(c.flow().evaluate(answers)).isEqualTo(first);
        assertThat(Flow.of(c.flow().questionnaire()).evaluate(answers)).isEqualTo(first);
    }
}
