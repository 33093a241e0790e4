package nl.baken.questionnaire;

import static nl.baken.questionnaire.YamlFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.baken.support.QuestionnaireYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading answers files: every kind of answer, and every error with its line and column. */
class AnswersLoaderTest {

    private static final String QUESTIONNAIRE = QuestionnaireYaml.oneSection("answers-test", """
                  - id: yn
                    type: yes_no
                    text: {nl: "?", en: "?"}
                    why: {nl: "w", en: "w"}
                  - id: sector
                    type: single
                    text: {nl: "?", en: "?"}
                    why: {nl: "w", en: "w"}
                    choices:
                      - {value: farm, label: {nl: Land, en: Farm}}
                      - {value: horeca, label: {nl: Horeca, en: Catering}}
                  - id: threats
                    type: multi
                    text: {nl: "?", en: "?"}
                    why: {nl: "w", en: "w"}
                    choices:
                      - {value: family, label: {nl: Familie, en: Family}}
                      - {value: police, label: {nl: Politie, en: Police}}
                  - id: name
                    type: text
                    text: {nl: "?", en: "?"}
                    why: {nl: "w", en: "w"}
                  - id: age
                    type: number
                    text: {nl: "?", en: "?"}
                    why: {nl: "w", en: "w"}
                  - id: arrived
                    type: date
                    text: {nl: "?", en: "?"}
                    why: {nl: "w", en: "w"}
                  - id: tell
                    type: note
                    text: {nl: "Zeg dit.", en: "Say this."}
            """);

    @TempDir
    Path dir;

    private final Questionnaire questionnaire =
            new QuestionnaireLoader().load("q.yaml", QUESTIONNAIRE).questionnaire().orElseThrow();

    private AnswersResult load(String yaml) throws IOException {
        Path file = dir.resolve("answers.yaml");
        Files.writeString(file, yaml);
        return new AnswersLoader().load(file, "answers.yaml", questionnaire);
    }

    private static List<String> problems(AnswersResult result) {
        return result.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.messageKey()).toList();
    }

    @Test
    void everyKindOfAnswerIsReadInCanonicalForm() throws IOException {
        AnswersResult result = load("""
                yn: yes
                sector: horeca
                threats: [police, family, police]
                name: 12
                age: 017.50
                arrived: 2024-02-29
                """);
        assertThat(result.problems()).isEmpty();
        Answers a = result.answers();
        assertThat(a.get("yn")).contains(Answer.of("yes"));
        assertThat(a.get("sector")).contains(Answer.of("horeca"));
        assertThat(a.get("threats")).contains(Answer.ofAll(List.of("family", "police")));
        assertThat(a.get("name")).contains(Answer.of("12"));
        assertThat(a.get("age")).contains(Answer.of("17.5"));
        assertThat(a.get("arrived")).contains(Answer.of("2024-02-29"));
    }

    @Test
    void theThreeOtherStatesAreRead() throws IOException {
        AnswersResult result = load("""
                yn: {dont_know: true}
                sector: {declined: true}
                name:
                  skipped: true
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.answers().get("yn")).contains(Answer.dontKnow());
        assertThat(result.answers().get("sector")).contains(Answer.declined());
        assertThat(result.answers().get("name")).contains(Answer.skipped());
    }

    @Test
    void quotedYesMeansYes() throws IOException {
        assertThat(load("yn: \"no\"\n").answers().get("yn")).contains(Answer.of("no"));
        assertThat(load("yn: false\n").answers().get("yn")).contains(Answer.of("no"));
    }

    @Test
    void everyWrongAnswerIsReportedAtItsPosition() throws IOException {
        String yaml = """
                colour: red
                tell: yes
                yn: maybe
                sector: [farm]
                threats: [family, neighbours]
                age: twelve
                arrived: 29-02-2024
                name: {dont_know: false}
                """;
        AnswersResult result = load(yaml);
        assertThat(problems(result)).containsExactly(
                "1:1 questionnaire.answers.unknown_question",
                "2:1 questionnaire.answers.note",
                at(yaml, "yn: maybe", "maybe") + " questionnaire.value.not_yes_no",
                at(yaml, "sector: [farm]", "[") + " questionnaire.answers.list_for_single",
                at(yaml, "threats:", "neighbours") + " questionnaire.value.not_a_choice",
                at(yaml, "age: twelve", "twelve") + " questionnaire.value.not_a_number",
                at(yaml, "arrived:", "29") + " questionnaire.value.not_a_date",
                at(yaml, "name:", "{") + " questionnaire.answers.state");
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void emptyValuesNestedListsAndNonMapFilesAreReported() throws IOException {
        String yaml = """
                name:
                threats: [[family]]
                age: {skipped: true, declined: true}
                """;
        assertThat(problems(load(yaml))).containsExactly(
                "1:6 questionnaire.value.empty",
                at(yaml, "threats", "[family]") + " questionnaire.value.not_a_scalar",
                at(yaml, "age:", "{") + " questionnaire.answers.state");
        assertThat(problems(load("- yn\n- age\n"))).containsExactly("1:1 questionnaire.answers.not_a_map");
        assertThat(load("# nothing answered yet\n").answers().size()).isZero();
    }

    @Test
    void brokenYamlAndDuplicateAnswersAreReported() throws IOException {
        assertThat(problems(load("yn: yes\nyn: no\n"))).containsExactly("2:1 questionnaire.yaml.duplicate_key");
        assertThat(problems(load("yn: [yes\nage: 3\n"))).singleElement().asString()
                .endsWith("questionnaire.yaml.broken");
    }

    @Test
    void messagesNeverRepeatTheAnswerValue() throws IOException {
        AnswersResult result = load("sector: Secret-Employer-Name\n");
        String rendered = result.problems().get(0).render(nl.baken.i18n.Messages.of("en"));
        assertThat(rendered).doesNotContain("Secret-Employer-Name")
                .isEqualTo("answers.yaml:1:9: This is not one of the choices of 'sector'. Use one of: farm, horeca.");
    }
}
