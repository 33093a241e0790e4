package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Flow} with {@code exploitation: case} and approximate dates. */
class VersionTwoFlowTest {

    private static final String YAML = """
            id: flow-v2
            version: 1
            title: {nl: "T", en: "T"}
            languages: [nl, en]
            indicators:
              docs: {nl: "Papieren afgenomen", en: "Documents withheld"}
            exploitation_forms:
              question: work
              map: {farm: labour, sex: sexual}
            sections:
              - id: s
                title: {nl: "S", en: "S"}
                questions:
                  - id: adult
                    type: yes_no
                    text: {nl: "Volwassen?", en: "Adult?"}
                    why: {nl: "w", en: "w"}
                  - id: work
                    type: single
                    show_if: {answer: adult, is: yes}
                    text: {nl: "Werk?", en: "Work?"}
                    why: {nl: "w", en: "w"}
                    choices:
                      - {value: farm, label: {nl: Land, en: Farm}}
                      - {value: sex, label: {nl: Seks, en: Sex}}
                  - id: since
                    type: date
                    approximate: true
                    text: {nl: "Sinds?", en: "Since?"}
                    why: {nl: "w", en: "w"}
                    signals:
                      - when: {answer: since, less_than: 2024-03-02}
                        indicator: docs
                        exploitation: case
            """;

    private final Flow flow = Flow.of(new QuestionnaireLoader().load("flow-v2.yaml", YAML).questionnaire()
            .orElseThrow());

    private RaisedIndicator docs(Map<String, Answer> answers) {
        return flow.evaluate(Answers.of(answers)).signals().get("docs");
    }

    @Test
    void aCaseSignalTakesTheFormOfTheAnswer() {
        RaisedIndicator docs = docs(Map.of("adult", Answer.of("yes"), "work", Answer.of("sex"),
                "since", Answer.of("2024-03")));
        assertThat(docs.exploitation()).containsExactly(Exploitation.SEXUAL);
        assertThat(docs.formUnknown()).isFalse();
    }

    @Test
    void aCaseSignalHasNoKnownFormWhenTheFormsQuestionIsHiddenOrUnanswered() {
        assertThat(docs(Map.of("adult", Answer.of("no"), "work", Answer.of("sex"), "since", Answer.of("2023")))
                .formUnknown()).isTrue();
        assertThat(docs(Map.of("adult", Answer.of("yes"), "since", Answer.of("2023"))).formUnknown()).isTrue();
        assertThat(docs(Map.of("adult", Answer.of("yes"), "work", Answer.declined(), "since", Answer.of("2023")))
                .formUnknown()).isTrue();
    }

    @Test
    void anApproximateDateComparesAsTheFirstDayOfItsPeriod() {
        // 2024-03 is 2024-03-01, before 2024-03-02; 2024-03-02 itself is not before it; 2025 is not.
        assertThat(docs(Map.of("since", Answer.of("2024-03")))).isNotNull();
        assertThat(docs(Map.of("since", Answer.of("2024")))).isNotNull();
        assertThat(docs(Map.of("since", Answer.of("2024-03-02")))).isNull();
        assertThat(docs(Map.of("since", Answer.of("2025")))).isNull();
    }
}
