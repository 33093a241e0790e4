package nl.baken.questionnaire;

import static nl.baken.questionnaire.YamlFixtures.HEADER;
import static nl.baken.questionnaire.YamlFixtures.at;
import static nl.baken.questionnaire.YamlFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules for conditions: their form, the questions they name, and values that fit those questions. */
class ConditionValidationTest {

    /** One question of every answerable type, and a note, to name in conditions. */
    private static final String QUESTIONS = HEADER + """
                  - id: yn
                    type: yes_no
                    text: {nl: "JN?", en: "YN?"}
                    why: {nl: "w", en: "w"}
                  - id: sector
                    type: single
                    text: {nl: "Sector?", en: "Sector?"}
                    why: {nl: "w", en: "w"}
                    choices:
                      - {value: farm, label: {nl: Land, en: Farm}}
                      - {value: horeca, label: {nl: Horeca, en: Catering}}
                  - id: threats
                    type: multi
                    text: {nl: "Dreiging?", en: "Threats?"}
                    why: {nl: "w", en: "w"}
                    choices:
                      - {value: family, label: {nl: Familie, en: Family}}
                      - {value: police, label: {nl: Politie, en: Police}}
                  - id: name
                    type: text
                    text: {nl: "Naam?", en: "Name?"}
                    why: {nl: "w", en: "w"}
                  - id: age
                    type: number
                    text: {nl: "Leeftijd?", en: "Age?"}
                    why: {nl: "w", en: "w"}
                  - id: arrived
                    type: date
                    text: {nl: "Aangekomen?", en: "Arrived?"}
                    why: {nl: "w", en: "w"}
                  - id: tell
                    type: note
                    text: {nl: "Zeg dit.", en: "Say this."}
            """;

    @TempDir
    Path dir;

    /** The shared questions plus one more question {@code last} with the given extra lines. */
    private String withLast(String extra) {
        return QUESTIONS + """
                      - id: last
                        type: yes_no
                        text: {nl: "L?", en: "L?"}
                        why: {nl: "w", en: "w"}
                """ + extra;
    }

    private LoadResult load(String yaml) {
        return YamlFixtures.load(dir, yaml);
    }

    @Test
    void everyWellFormedConditionIsAccepted() {
        String yaml = withLast("""
                        show_if:
                          all:
                            - {answer: yn, is: yes}
                            - {answer: yn, is: "no"}
                            - {answer: sector, in: [farm, horeca]}
                            - {answer: threats, includes: police}
                            - {answer: name, is: "Ana"}
                            - {answer: age, less_than: 18}
                            - {answer: age, greater_than: 2.5}
                            - {answer: arrived, less_than: 2024-03-01}
                            - {answer: arrived, is: "2024-02-29"}
                            - any: [{answered: name}, {not: {answered: age}}]
                        urgent_if: {answer: last, is: yes}
                        signals:
                          - when: {answer: last, is: true}
                            indicator: docs
                            exploitation: [labour, criminal]
                """);
        LoadResult result = load(yaml);
        assertThat(result.problems()).isEmpty();
        Question last = result.questionnaire().orElseThrow().question("last").orElseThrow();
        Condition.All all = (Condition.All) last.showIf().orElseThrow();
        assertThat(all.conditions()).startsWith(new Condition.AnswerIs("yn", "yes"), new Condition.AnswerIs("yn", "no"),
                new Condition.AnswerIn("sector", java.util.List.of("farm", "horeca")));
        assertThat(last.signals().get(0).when()).isEqualTo(new Condition.AnswerIs("last", "yes"));
    }

    @Test
    void aConditionMayNotNameAnUnknownQuestion() {
        String yaml = withLast("        show_if: {answer: colour, is: red}\n");
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "show_if", "colour")
                + " questionnaire.condition.unknown_question");
    }

    @Test
    void aConditionMayNotNameALaterQuestion() {
        String yaml = QUESTIONS.replace("""
                      - id: sector
                """, """
                      - id: early
                        type: text
                        text: {nl: "E?", en: "E?"}
                        why: {nl: "w", en: "w"}
                        show_if: {answered: age}
                      - id: sector
                """);
        LoadResult result = load(yaml);
        assertThat(problems(result)).containsExactly(at(yaml, "show_if: {answered: age}", "age")
                + " questionnaire.condition.later_question");
        assertThat(result.problems().get(0).render(nl.baken.i18n.Messages.of("en"))).endsWith(
                "The condition names 'age', which comes later in the file; "
                        + "a condition may only name an earlier question.");
    }

    @Test
    void aSectionConditionMayNotNameAQuestionOfItsOwnSection() {
        String yaml = QUESTIONS.replace("    questions:\n", "    show_if: {answered: yn}\n    questions:\n");
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "show_if: {answered: yn}", "yn")
                + " questionnaire.condition.later_question");
    }

    @Test
    void aSectionConditionMayNameAQuestionOfAnEarlierSection() {
        String yaml = QUESTIONS + """
                  - id: second
                    title: {nl: "Tweede", en: "Second"}
                    show_if: {answer: age, less_than: 18}
                    questions:
                      - id: school
                        type: text
                        text: {nl: "School?", en: "School?"}
                        why: {nl: "w", en: "w"}
                """;
        assertThat(load(yaml).problems()).isEmpty();
    }

    @Test
    void showIfMayNotNameItsOwnQuestionButSignalsAndUrgentIfMay() {
        String yaml = withLast("""
                        show_if: {answer: last, is: yes}
                        urgent_if: {answer: last, is: yes}
                        signals:
                          - when: {answered: last}
                            indicator: docs
                            exploitation: [other]
                """);
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "show_if: {answer: last", "last")
                + " questionnaire.condition.names_itself");
    }

    @Test
    void aConditionMayNotNameANote() {
        String yaml = withLast("        show_if: {answered: tell}\n");
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "show_if", "tell")
                + " questionnaire.condition.on_note");
    }

    @Test
    void aValueMustBeAmongTheChoices() {
        String yaml = withLast("        show_if: {answer: sector, in: [farm, mining]}\n");
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "show_if", "mining")
                + " questionnaire.value.not_a_choice");
    }

    @Test
    void includesMustNameAChoiceOfAMultiQuestion() {
        String yaml = withLast("""
                        show_if:
                          any:
                            - {answer: threats, includes: neighbours}
                            - {answer: sector, includes: farm}
                """);
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "includes: neighbours", "neighbours") + " questionnaire.value.not_a_choice",
                at(yaml, "includes: farm", "includes") + " questionnaire.condition.includes_not_multi");
    }

    @Test
    void isAndInDoNotWorkOnAMultiQuestion() {
        String yaml = withLast("""
                        show_if:
                          any:
                            - {answer: threats, is: family}
                            - {answer: threats, in: [family]}
                """);
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "threats, is", "is") + " questionnaire.condition.is_on_multi",
                at(yaml, "threats, in", "in:") + " questionnaire.condition.is_on_multi");
    }

    @Test
    void lessThanAndGreaterThanOnlyOnNumbersAndDates() {
        String yaml = withLast("""
                        show_if:
                          any:
                            - {answer: name, less_than: 5}
                            - {answer: yn, greater_than: 1}
                """);
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "name, less_than", "less_than") + " questionnaire.condition.compare_not_number",
                at(yaml, "yn, greater_than", "greater_than") + " questionnaire.condition.compare_not_number");
    }

    @Test
    void valuesMustFitTheType() {
        String yaml = withLast("""
                        show_if:
                          any:
                            - {answer: arrived, less_than: 2024-02-30}
                            - {answer: arrived, is: 01-03-2024}
                            - {answer: age, less_than: eighteen}
                            - {answer: age, is: "1,5"}
                            - {answer: yn, is: maybe}
                """);
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "2024-02-30", "2024-02-30") + " questionnaire.value.not_a_date",
                at(yaml, "01-03-2024", "01-03-2024") + " questionnaire.value.not_a_date",
                at(yaml, "eighteen", "eighteen") + " questionnaire.value.not_a_number",
                at(yaml, "\"1,5\"", "\"1,5\"") + " questionnaire.value.not_a_number",
                at(yaml, "maybe", "maybe") + " questionnaire.value.not_yes_no");
    }

    @Test
    void yesAndQuotedYesMeanTheSame() {
        String plain = withLast("        show_if: {answer: yn, is: yes}\n");
        String quoted = withLast("        show_if: {answer: yn, is: \"yes\"}\n");
        Condition a = load(plain).questionnaire().orElseThrow().question("last").orElseThrow().showIf().orElseThrow();
        Condition b = load(quoted).questionnaire().orElseThrow().question("last").orElseThrow().showIf().orElseThrow();
        assertThat(a).isEqualTo(b).isEqualTo(new Condition.AnswerIs("yn", "yes"));
    }

    @Test
    void anUnknownOperatorKeyIsReportedAtTheKey() {
        String yaml = withLast("        show_if: {answer: age, equals: 3}\n");
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "show_if", "{") + " questionnaire.condition.no_operator",
                at(yaml, "show_if", "equals") + " questionnaire.condition.unknown_key");
    }

    @Test
    void twoOperatorsInOneMapAreReportedAtTheSecond() {
        String yaml = withLast("        show_if: {answer: age, less_than: 3, greater_than: 1}\n");
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "show_if", "greater_than")
                + " questionnaire.condition.two_operators");
    }

    @Test
    void twoFormsInOneMapAreReportedAtTheSecond() {
        String yaml = withLast("        show_if: {answered: age, not: {answered: name}}\n");
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "show_if", "not")
                + " questionnaire.condition.two_forms");
    }

    @Test
    void anOperatorWithoutAnswerIsReported() {
        String yaml = withLast("        show_if: {answered: age, is: 3}\n");
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "show_if", "is:")
                + " questionnaire.condition.operator_without_answer");
    }

    @Test
    void aConditionThatIsNotAMapOrAnEmptyGroupIsReported() {
        String yaml = withLast("""
                        show_if: yn
                        urgent_if: {all: []}
                """);
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "show_if: yn", "yn") + " questionnaire.condition.not_a_map",
                at(yaml, "urgent_if", "[") + " questionnaire.condition.group_not_a_list");
    }

    @Test
    void aMissingFormIsReported() {
        String yaml = withLast("        show_if: {is: yes}\n");
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "show_if", "{")
                + " questionnaire.condition.no_form");
    }
}
