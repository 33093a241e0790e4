package nl.baken.questionnaire;

import static nl.baken.questionnaire.YamlFixtures.HEADER;
import static nl.baken.questionnaire.YamlFixtures.QUESTION_A;
import static nl.baken.questionnaire.YamlFixtures.at;
import static nl.baken.questionnaire.YamlFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per structural rule of the contract, each asserting the exact line and column reported. */
class ValidationRulesTest {

    @TempDir
    Path dir;

    private LoadResult load(String yaml) {
        return YamlFixtures.load(dir, yaml);
    }

    @Test
    void theMinimalFileIsValid() {
        LoadResult result = load(HEADER + QUESTION_A);
        assertThat(result.problems()).isEmpty();
        assertThat(result.isValid()).isTrue();
        Questionnaire q = result.questionnaire().orElseThrow();
        assertThat(q.id()).isEqualTo("test-form");
        assertThat(q.version()).isEqualTo(1);
        assertThat(q.questions()).extracting(Question::id).containsExactly("a");
        assertThat(q.questions().get(0).askedTo()).isEqualTo(AskedTo.CLIENT);
        assertThat(q.questions().get(0).share()).containsExactly(Audience.COORDINATOR);
    }

    @Test
    void brokenYamlIsReportedWhereTheParserStopped() {
        String yaml = HEADER + """
                      - id: a
                        type: [yes_no
                        text: {nl: "x", en: "x"}
                """;
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "text: {nl", ":") + " questionnaire.yaml.broken");
    }

    @Test
    void anUnknownKeyAtTheTopIsReportedAtTheKey() {
        String yaml = HEADER.replace("languages: [nl, en]", "languages: [nl, en]\ncolour: red") + QUESTION_A;
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "colour", "colour") + " questionnaire.key.unknown");
    }

    @Test
    void anUnknownKeyInASectionIsReportedAtTheKey() {
        String yaml = HEADER.replace("    questions:", "    intro_text: {nl: x, en: x}\n    questions:") + QUESTION_A;
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "intro_text", "intro_text")
                + " questionnaire.key.unknown");
    }

    @Test
    void anUnknownKeyInAQuestionIsReportedAtTheKey() {
        String yaml = HEADER + QUESTION_A + """
                        show_iff: {answered: a}
                """;
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "show_iff", "show_iff")
                + " questionnaire.key.unknown");
    }

    @Test
    void anUnknownKeyInAChoiceOrSignalIsReportedAtTheKey() {
        String yaml = HEADER + """
                      - id: s
                        type: single
                        text: {nl: "S?", en: "S?"}
                        why: {nl: "w", en: "w"}
                        choices:
                          - {value: x, label: {nl: x, en: x}, lable: y}
                        signals:
                          - when: {answer: s, is: x}
                            indicator: docs
                            exploitation: [labour]
                            severity: high
                """;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "lable", "lable") + " questionnaire.key.unknown",
                at(yaml, "severity", "severity") + " questionnaire.key.unknown");
    }

    @Test
    void aDuplicateKeyIsReportedAtTheSecondOccurrenceAtEveryLevel() {
        String yaml = HEADER.replace("version: 1", "version: 1\nversion: 2") + """
                      - id: a
                        type: yes_no
                        text: {nl: "A?", en: "A?", nl: "B?"}
                        why: {nl: "w", en: "w"}
                """;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "version: 2", "version") + " questionnaire.yaml.duplicate_key",
                at(yaml, "text: {nl", "nl: \"B") + " questionnaire.yaml.duplicate_key");
    }

    @Test
    void missingRequiredKeysAreReportedAtTheMapThatLacksThem() {
        String yaml = HEADER.replace("id: test-form\n", "").replace("    title: {nl: \"Eerste\", en: \"First\"}\n", "")
                + """
                      - id: a
                        text: {nl: "A?", en: "A?"}
                        why: {nl: "w", en: "w"}
                """;
        assertThat(problems(load(yaml))).containsExactly(
                "1:1 questionnaire.key.missing",
                at(yaml, "- id: first", "id") + " questionnaire.key.missing",
                at(yaml, "- id: a", "id") + " questionnaire.key.missing");
    }

    @Test
    void idsMustFollowTheirPatterns() {
        String yaml = HEADER.replace("id: test-form", "id: Test_Form").replace("- id: first", "- id: First-One")
                + QUESTION_A.replace("- id: a", "- id: a-1");
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "id: Test_Form", "Test_Form") + " questionnaire.id.file_pattern",
                at(yaml, "- id: First-One", "First-One") + " questionnaire.id.pattern",
                at(yaml, "- id: a-1", "a-1") + " questionnaire.id.pattern");
    }

    @Test
    void sectionIdsMustBeUnique() {
        String yaml = HEADER + QUESTION_A + """
                  - id: first
                    title: {nl: "Tweede", en: "Second"}
                    questions:
                      - id: b
                        type: text
                        text: {nl: "B?", en: "B?"}
                        why: {nl: "w", en: "w"}
                """;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "title: {nl: \"Tweede\"", "title").replaceFirst("^(\\d+):.*", "$1").transform(
                        l -> (Integer.parseInt(l) - 1) + ":9") + " questionnaire.id.duplicate_section");
    }

    @Test
    void questionIdsMustBeUniqueInTheWholeFile() {
        String yaml = HEADER + QUESTION_A + """
                  - id: second
                    title: {nl: "Tweede", en: "Second"}
                    questions:
                      - id: a
                        type: text
                        text: {nl: "B?", en: "B?"}
                        why: {nl: "w", en: "w"}
                """;
        LoadResult result = load(yaml);
        String second = yaml.lines().toList().lastIndexOf("      - id: a") + 1 + ":13";
        assertThat(problems(result)).containsExactly(second + " questionnaire.id.duplicate_question");
        assertThat(result.problems().get(0).args()).containsExactly("a", "12");
    }

    @Test
    void theVersionMustBeAWholeNumber() {
        for (String version : new String[] {"\"3\"", "1.5", "0", "three"}) {
            String yaml = HEADER.replace("version: 1", "version: " + version) + QUESTION_A;
            assertThat(problems(load(yaml))).as(version).containsExactly("2:10 questionnaire.version.not_integer");
        }
    }

    @Test
    void unknownTypesAndAskedToAreReportedAtTheValue() {
        String yaml = HEADER + """
                      - id: a
                        type: yesno
                        asked_to: interpreter
                        text: {nl: "A?", en: "A?"}
                        why: {nl: "w", en: "w"}
                """;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "type: yesno", "yesno") + " questionnaire.type.unknown",
                at(yaml, "asked_to: interpreter", "interpreter") + " questionnaire.asked_to.unknown");
    }

    @Test
    void aTextMissingALanguageIsAnError() {
        String yaml = HEADER + """
                      - id: a
                        type: yes_no
                        text: {nl: "A?"}
                        why:
                          en: "Because."
                """;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "text: {nl", "{") + " questionnaire.text.missing_language",
                at(yaml, "en: \"Because", "en") + " questionnaire.text.missing_language");
    }

    @Test
    void aClientTextMissingAClientLanguageIsOnlyAWarning() {
        String yaml = HEADER.replace("languages: [nl, en]", "languages: [nl, en]\nclient_languages: [pl, ro]")
                + """
                      - id: a
                        type: yes_no
                        text: {nl: "A?", en: "A?", pl: "A?"}
                        why: {nl: "w", en: "w", pl: "w", ro: "w"}
                      - id: b
                        type: text
                        asked_to: worker
                        text: {nl: "B?", en: "B?"}
                        why: {nl: "w", en: "w"}
                """;
        LoadResult result = load(yaml);
        assertThat(problems(result)).containsExactly(
                at(yaml, "text: {nl: \"A", "{") + " warning questionnaire.text.missing_client_language");
        assertThat(result.problems().get(0).args()).containsExactly("ro");
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void aTextInAnUndeclaredLanguageOrEmptyIsAnError() {
        String yaml = HEADER + """
                      - id: a
                        type: yes_no
                        text: {nl: "A?", en: "A?", de: "A?"}
                        why: {nl: "", en: "w"}
                """;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "de: \"A", "de") + " questionnaire.text.unknown_language",
                at(yaml, "why: {nl", "\"\"") + " questionnaire.text.empty");
    }

    @Test
    void choicesWhereNoneBelongAreAnError() {
        String yaml = HEADER + """
                      - id: a
                        type: text
                        text: {nl: "A?", en: "A?"}
                        why: {nl: "w", en: "w"}
                        choices:
                          - {value: x, label: {nl: x, en: x}}
                """;
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "choices:", "choices")
                + " questionnaire.choices.not_allowed");
    }

    @Test
    void singleAndMultiNeedChoices() {
        String yaml = HEADER + """
                      - id: a
                        type: single
                        text: {nl: "A?", en: "A?"}
                        why: {nl: "w", en: "w"}
                      - id: b
                        type: multi
                        text: {nl: "B?", en: "B?"}
                        why: {nl: "w", en: "w"}
                        choices: []
                """;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "- id: a", "id") + " questionnaire.choices.missing",
                at(yaml, "choices: []", "[") + " questionnaire.key.not_a_nonempty_list");
    }

    @Test
    void choiceValuesMustBeUnique() {
        String yaml = HEADER + """
                      - id: a
                        type: single
                        text: {nl: "A?", en: "A?"}
                        why: {nl: "w", en: "w"}
                        choices:
                          - {value: farm, label: {nl: Land, en: Farm}}
                          - {value: farm, label: {nl: Boer, en: Farmer}}
                """;
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "{value: farm, label: {nl: Boer", "farm")
                + " questionnaire.choice.duplicate");
    }

    @Test
    void whyIsRequiredOnEveryTypeButNote() {
        String yaml = HEADER + """
                      - id: intro_note
                        type: note
                        text: {nl: "Zeg dit.", en: "Say this."}
                      - id: a
                        type: number
                        text: {nl: "A?", en: "A?"}
                """;
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "- id: a", "id") + " questionnaire.why.missing");
    }

    @Test
    void aNoteCannotBeSharedOrRaiseSignalsOrUrgency() {
        String yaml = HEADER + QUESTION_A + """
                      - id: tell
                        type: note
                        text: {nl: "Zeg dit.", en: "Say this."}
                        share: [police]
                        urgent_if: {answer: a, is: yes}
                """;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "share: [police]", "share") + " questionnaire.note.key_not_allowed",
                at(yaml, "urgent_if", "urgent_if") + " questionnaire.note.key_not_allowed");
    }

    @Test
    void severalProblemsInOneFileAreAllReportedInFileOrder() {
        String yaml = """
                id: Bad
                version: "2"
                title: {nl: "T"}
                languages: [nl, en]
                colour: red
                sections:
                  - id: s
                    title: {nl: "S", en: "S"}
                    questions:
                      - id: a
                        type: yes_no
                        text: {nl: "A?", en: "A?"}
                        show_if: {answer: b, is: yes}
                      - id: b
                        type: maybe
                        text: {nl: "B?", en: "B?"}
                        why: {nl: "w", en: "w"}
                      - id: a
                        type: single
                        text: {nl: "C?", en: "C?"}
                        why: {nl: "w", en: "w"}
                        choices: [{value: x, label: {nl: x, en: x}}, {value: x, label: {nl: y, en: y}}]
                        share: [press]
                """;
        LoadResult result = load(yaml);
        assertThat(problems(result)).containsExactly(
                "1:5 questionnaire.id.file_pattern",
                "2:10 questionnaire.version.not_integer",
                "3:8 questionnaire.text.missing_language",
                "5:1 questionnaire.key.unknown",
                "10:9 questionnaire.why.missing",
                "13:27 questionnaire.condition.later_question",
                "15:15 questionnaire.type.unknown",
                "18:13 questionnaire.id.duplicate_question",
                "22:62 questionnaire.choice.duplicate",
                "23:17 questionnaire.share.unknown");
        assertThat(result.isValid()).isFalse();
        assertThat(result.questionnaire()).isEmpty();
    }

    @Test
    void signalsMustNameADeclaredIndicatorAndKnownExploitation() {
        String yaml = HEADER + QUESTION_A + """
                        signals:
                          - when: {answer: a, is: yes}
                            indicator: passport
                            exploitation: [labour, slavery]
                """;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "indicator: passport", "passport") + " questionnaire.signal.unknown_indicator",
                at(yaml, "exploitation: [labour", "slavery") + " questionnaire.signal.unknown_exploitation");
    }

    @Test
    void shareMustNameKnownAudiences() {
        String yaml = HEADER + QUESTION_A + """
                        share: [coordinator, police, press]
                """;
        assertThat(problems(load(yaml))).containsExactly(at(yaml, "share:", "press") + " questionnaire.share.unknown");
    }

    @Test
    void shareIsReadIntoAudiences() {
        String yaml = HEADER + QUESTION_A + """
                        share: [victim_support, labour_inspection, guardian]
                """;
        assertThat(load(yaml).questionnaire().orElseThrow().questions().get(0).share())
                .containsExactlyInAnyOrder(Audience.VICTIM_SUPPORT, Audience.LABOUR_INSPECTION, Audience.GUARDIAN);
    }

    @Test
    void languagesMustBeCodesListedOnce() {
        String yaml = HEADER.replace("languages: [nl, en]", "languages: [nl, en, nl]\nclient_languages: [EN1, en]")
                + QUESTION_A;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "languages: [nl, en, nl]", "nl]") + " questionnaire.language.duplicate",
                at(yaml, "client_languages", "[") + " questionnaire.language.also_in_languages",
                at(yaml, "client_languages", "EN1") + " questionnaire.language.code");
    }

    @Test
    void valuesOfTheWrongShapeAreReportedAtTheValue() {
        String yaml = HEADER.replace("languages: [nl, en]", "languages: [nl, en]\nclient_languages: pl") + """
                      - just a string
                      - id: a
                        type: single
                        text: "Vraag?"
                        why: {nl: "w", en: "w"}
                        choices:
                          - farm
                          - {value: [x], label: {nl: x, en: x}}
                          - {value: y, label: {nl: y, en: y}}
                        show_if: {answer: [a]}
                        share: police
                        signals:
                          - docs
                  - 42
                """;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "client_languages", "pl") + " questionnaire.key.not_a_list",
                at(yaml, "- just a string", "just") + " questionnaire.question.not_a_map",
                at(yaml, "text: \"Vraag", "\"") + " questionnaire.text.not_a_map",
                at(yaml, "- farm", "farm") + " questionnaire.choice.not_a_map",
                at(yaml, "{value: [x]", "[") + " questionnaire.choice.value_not_text",
                at(yaml, "show_if", "{") + " questionnaire.condition.no_operator",
                at(yaml, "show_if", "[a]") + " questionnaire.condition.question_not_named",
                at(yaml, "share: police", "police") + " questionnaire.key.not_a_list",
                at(yaml, "- docs", "docs") + " questionnaire.signal.not_a_map",
                at(yaml, "- 42", "42") + " questionnaire.section.not_a_map");
    }

    @Test
    void anEmptyFileAndANonMapAreErrors() {
        assertThat(problems(load(""))).containsExactly("1:1 questionnaire.file.empty");
        assertThat(problems(load("- a\n- b\n"))).containsExactly("1:1 questionnaire.file.not_a_map");
    }

    @Test
    void aMissingFileIsReportedWithoutPosition() {
        LoadResult result = new QuestionnaireLoader().load(dir.resolve("nope.yaml"), "nope.yaml");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.messageKey()).isEqualTo("questionnaire.file.unreadable");
            assertThat(p.render(nl.baken.i18n.Messages.of("en"))).startsWith("nope.yaml: The file cannot be read");
        });
    }
}
