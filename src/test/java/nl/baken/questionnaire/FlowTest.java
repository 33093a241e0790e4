package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The forward walk: visibility, hidden answers, progress, signals and urgency. */
class FlowTest {

    private static final String YAML = """
            id: flow-test
            version: 2
            title: {nl: "T", en: "T"}
            languages: [nl, en]
            indicators:
              docs: {nl: "Papieren afgenomen", en: "Documents withheld"}
              pay: {nl: "Loon ingehouden", en: "Wages withheld"}
            sections:
              - id: safety
                title: {nl: "Veiligheid", en: "Safety"}
                questions:
                  - id: safe_now
                    type: yes_no
                    text: {nl: "Veilig?", en: "Safe?"}
                    why: {nl: "w", en: "w"}
                    urgent_if: {answer: safe_now, is: no}
                  - id: intro
                    type: note
                    text: {nl: "Uitleg", en: "Explain"}
                  - id: age
                    type: number
                    text: {nl: "Leeftijd?", en: "Age?"}
                    why: {nl: "w", en: "w"}
              - id: work
                title: {nl: "Werk", en: "Work"}
                show_if: {not: {answer: age, less_than: 18}}
                questions:
                  - id: paid
                    type: yes_no
                    text: {nl: "Betaald?", en: "Paid?"}
                    why: {nl: "w", en: "w"}
                    signals:
                      - when: {answer: paid, is: no}
                        indicator: pay
                        exploitation: [labour]
                  - id: papers
                    type: multi
                    text: {nl: "Wie heeft uw papieren?", en: "Who has your papers?"}
                    why: {nl: "w", en: "w"}
                    choices:
                      - {value: me, label: {nl: Ik, en: Me}}
                      - {value: boss, label: {nl: Baas, en: Boss}}
                      - {value: pimp, label: {nl: Pooier, en: Pimp}}
                    show_if: {answer: paid, in: ["no"]}
                    signals:
                      - when: {answer: papers, includes: boss}
                        indicator: docs
                        exploitation: [labour]
                      - when: {answer: papers, includes: pimp}
                        indicator: docs
                        exploitation: [sexual]
                      - when: {answer: papers, includes: pimp}
                        indicator: pay
                        exploitation: [sexual]
            """;

    private final Flow flow = Flow.of(new QuestionnaireLoader().load("flow.yaml", YAML).questionnaire().orElseThrow());

    private static List<String> ids(FlowResult result) {
        return result.visibleQuestions().stream().map(Question::id).toList();
    }

    @Test
    void withoutAnswersEverythingUnconditionalIsVisible() {
        FlowResult result = flow.evaluate(Answers.empty());
        // "not (age < 18)" holds when age has no value: a condition on no value is false, not inverts it.
        assertThat(ids(result)).containsExactly("safe_now", "intro", "age", "paid");
        assertThat(result.progress().get("safety")).isEqualTo(new SectionProgress("safety", 0, 2));
        assertThat(result.signals()).isEmpty();
        assertThat(result.urgent()).isFalse();
    }

    @Test
    void aSectionHidesWithItsQuestionsAndTheirAnswersBecomeNotApplicable() {
        Answers answers = Answers.empty().with("age", Answer.of("16")).with("paid", Answer.of("no"))
                .with("papers", Answer.ofAll(List.of("boss")));
        FlowResult result = flow.evaluate(answers);
        assertThat(ids(result)).containsExactly("safe_now", "intro", "age");
        assertThat(result.progress()).containsOnlyKeys("safety");
        assertThat(result.notApplicable()).containsExactly("paid", "papers");
        assertThat(result.signals()).isEmpty();
    }

    @Test
    void signalsMergeTypesPerIndicatorInDeclarationOrder() {
        Answers answers = Answers.empty().with("age", Answer.of("30")).with("paid", Answer.of("no"))
                .with("papers", Answer.ofAll(List.of("boss", "pimp")));
        FlowResult result = flow.evaluate(answers);
        assertThat(result.signals().keySet()).containsExactly("docs", "pay");
        assertThat(result.signals().get("docs").exploitation())
                .containsExactly(Exploitation.LABOUR, Exploitation.SEXUAL);
        assertThat(result.signals().get("pay").exploitation())
                .containsExactly(Exploitation.LABOUR, Exploitation.SEXUAL);
        assertThat(result.signals().get("pay").questionIds()).containsExactly("paid", "papers");
        assertThat(result.progress().get("work")).isEqualTo(new SectionProgress("work", 2, 2));
    }

    @Test
    void aHiddenAnswerNeverCountsInLaterConditions() {
        // papers is hidden (paid = yes), so its answer raises nothing.
        Answers answers = Answers.empty().with("paid", Answer.of("yes"))
                .with("papers", Answer.ofAll(List.of("pimp")));
        FlowResult result = flow.evaluate(answers);
        assertThat(result.isVisible("papers")).isFalse();
        assertThat(result.signals()).isEmpty();
        assertThat(result.notApplicable()).containsExactly("papers");
    }

    @Test
    void nonValueStatesMakeConditionsFalseAndCountAsDealtWith() {
        Answers answers = Answers.empty().with("safe_now", Answer.declined()).with("age", Answer.dontKnow())
                .with("paid", Answer.skipped());
        FlowResult result = flow.evaluate(answers);
        assertThat(result.urgent()).isFalse();
        assertThat(ids(result)).containsExactly("safe_now", "intro", "age", "paid");
        assertThat(result.progress().get("safety")).isEqualTo(new SectionProgress("safety", 2, 2));
        assertThat(result.progress().get("safety").complete()).isTrue();
    }

    @Test
    void urgentIfRaisesTheBanner() {
        FlowResult result = flow.evaluate(Answers.empty().with("safe_now", Answer.of("no")));
        assertThat(result.urgent()).isTrue();
        assertThat(result.urgentBy()).containsExactly("safe_now");
    }

    @Test
    void numbersCompareByValue() {
        assertThat(flow.evaluate(Answers.empty().with("age", Answer.of("17.99"))).isVisible("paid")).isFalse();
        assertThat(flow.evaluate(Answers.empty().with("age", Answer.of("18.0"))).isVisible("paid")).isTrue();
    }

    @Test
    void answersToQuestionsOfOtherQuestionnairesAreIgnored() {
        FlowResult result = flow.evaluate(Answers.empty().with("elsewhere", Answer.of("x")));
        assertThat(result.notApplicable()).isEmpty();
        assertThat(flow.question("age")).isPresent();
    }
}
