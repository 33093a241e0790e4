package nl.baken.questionnaire;

import static nl.baken.questionnaire.YamlFixtures.HEADER;
import static nl.baken.questionnaire.YamlFixtures.QUESTION_A;
import static nl.baken.questionnaire.YamlFixtures.at;
import static nl.baken.questionnaire.YamlFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract's version 2 keys ({@code role}, {@code remember}, {@code approximate}, {@code exploitation_forms},
 * {@code exploitation: case}, client languages on intro, why and labels): what they load into, and each misuse
 * reported at its line and column.
 */
class VersionTwoValidationTest {

    /** A multi question {@code work} (choices farm, sex, drugs) to take the forms from, at six spaces. */
    private static final String WORK = """
                  - id: work
                    type: multi
                    text: {nl: "Werk?", en: "Work?"}
                    why: {nl: "w", en: "w"}
                    choices:
                      - {value: farm, label: {nl: Land, en: Farm}}
                      - {value: sex, label: {nl: Seks, en: Sex}}
                      - {value: drugs, label: {nl: Drugs, en: Drugs}}
            """;

    /** A yes_no question {@code paid} whose signal takes its forms from the case, at six spaces. */
    private static final String PAID_CASE = """
                  - id: paid
                    type: yes_no
                    text: {nl: "Betaald?", en: "Paid?"}
                    why: {nl: "w", en: "w"}
                    signals:
                      - when: {answer: paid, is: no}
                        indicator: pay
                        exploitation: case
            """;

    private static final String FORMS = """
            exploitation_forms:
              question: work
              map: {farm: labour, sex: sexual, drugs: criminal}
            """;

    @TempDir
    Path dir;

    private LoadResult load(String yaml) {
        return YamlFixtures.load(dir, yaml);
    }

    private static String withForms(String forms) {
        return HEADER.replace("sections:\n", forms + "sections:\n");
    }

    /** The header with Polish as a client language and the section's {@code intro} (YAML, quotes escaped). */
    private static String withPolishAndIntro(String intro) {
        return HEADER.replace("languages: [nl, en]", "languages: [nl, en]\nclient_languages: [pl]")
                .replace("    questions:", "    intro: " + intro + "\n    questions:");
    }

    /** The file loads with exactly one problem: {@code key} at {@code token} in the line with {@code lineFragment}. */
    private void assertOnlyProblem(String yaml, String lineFragment, String token, String key) {
        assertThat(problems(load(yaml))).containsExactly(at(yaml, lineFragment, token) + " " + key);
    }

    private static String question(String id, String type, String extra) {
        return "      - id: " + id + "\n        type: " + type + "\n        text: {nl: \"Q?\", en: \"Q?\"}\n"
                + "        why: {nl: \"w\", en: \"w\"}\n" + extra;
    }

    @Test
    void aVersionOneFileLoadsUnchangedWithTheDefaults() {
        LoadResult result = load(HEADER + QUESTION_A);
        assertThat(result.problems()).isEmpty();
        Questionnaire q = result.questionnaire().orElseThrow();
        Question a = q.questions().get(0);
        assertThat(a.role()).isEmpty();
        assertThat(a.remember()).isEqualTo(Remember.CASE);
        assertThat(a.approximate()).isFalse();
        assertThat(q.exploitationForms()).isEmpty();
        assertThat(q.questionFor(Role.ALIAS)).isEmpty();
    }

    @Test
    void everyVersionTwoKeyLoadsIntoTheModel() {
        String yaml = withForms(FORMS) + WORK + PAID_CASE
                + question("nick", "text", "        role: alias\n")
                + question("safe_today", "yes_no", "        remember: intake\n")
                + question("kept", "yes_no", "        remember: case\n")
                + question("arrived", "date", "        approximate: true\n");
        LoadResult result = load(yaml);
        assertThat(result.problems()).isEmpty();
        Questionnaire q = result.questionnaire().orElseThrow();
        assertThat(q.questionFor(Role.ALIAS).map(Question::id)).contains("nick");
        assertThat(q.questionFor(Role.AGE)).isEmpty();
        assertThat(q.question("safe_today").orElseThrow().remember()).isEqualTo(Remember.INTAKE);
        assertThat(q.question("safe_today").orElseThrow().rememberedForCase()).isFalse();
        assertThat(q.question("kept").orElseThrow().rememberedForCase()).isTrue();
        assertThat(q.question("arrived").orElseThrow().approximate()).isTrue();
        assertThat(q.exploitationForms()).contains(new ExploitationForms("work",
                Map.of("farm", Exploitation.LABOUR, "sex", Exploitation.SEXUAL, "drugs", Exploitation.CRIMINAL)));
        Signal signal = q.question("paid").orElseThrow().signals().get(0);
        assertThat(signal.formsOfCase()).isTrue();
        assertThat(signal.exploitation()).isEmpty();
    }

    @Test
    void anUnknownRoleIsReportedAtItsValue() {
        String yaml = HEADER + question("nick", "text", "        role: nickname\n");
        assertOnlyProblem(yaml, "role: nickname", "nickname", "questionnaire.role.unknown");
    }

    @Test
    void aRoleUsedTwiceIsReportedAtTheSecondUse() {
        String yaml = HEADER + question("nick", "text", "        role: alias\n")
                + question("name", "text", "        role: alias # again\n");
        LoadResult result = load(yaml);
        assertThat(problems(result)).containsExactly(at(yaml, "role: alias # again", "alias")
                + " questionnaire.role.duplicate");
        assertThat(result.problems().get(0).args()).containsExactly("alias", at(yaml, "role: alias", "r")
                .split(":")[0]);
    }

    @Test
    void aRoleOnAQuestionOfAnUnfittingTypeIsReportedAtTheRole() {
        String yaml = HEADER + question("age_q", "text", "        role: age\n")
                + question("when", "number", "        role: followup_date\n")
                + question("judge", "multi", "        role: assessment\n"
                        + "        choices:\n          - {value: x, label: {nl: x, en: x}}\n");
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "role: age", "age") + " questionnaire.role.wrong_type",
                at(yaml, "role: followup_date", "followup_date") + " questionnaire.role.wrong_type",
                at(yaml, "role: assessment", "assessment") + " questionnaire.role.wrong_type");
    }

    @Test
    void everyRoleAcceptsItsFittingTypes() {
        String yaml = HEADER
                + question("r1", "text", "        role: alias\n")
                + question("r2", "number", "        role: age\n")
                + question("r3", "text", "        role: nationality\n")
                + question("r4", "single", "        role: gender\n"
                        + "        choices:\n          - {value: x, label: {nl: x, en: x}}\n")
                + question("r5", "text", "        role: client_language\n")
                + question("r6", "single", "        role: interpreter\n"
                        + "        choices:\n          - {value: x, label: {nl: x, en: x}}\n")
                + question("r7", "long_text", "        role: wishes\n")
                + question("r8", "date", "        role: reflection_start\n")
                + question("r9", "date", "        role: followup_date\n        approximate: false\n")
                + question("r10", "single", "        role: assessment\n"
                        + "        choices:\n          - {value: x, label: {nl: x, en: x}}\n");
        LoadResult result = load(yaml);
        assertThat(result.problems()).isEmpty();
        for (Role role : Role.values()) {
            assertThat(result.questionnaire().orElseThrow().questionFor(role)).as(role.yamlName()).isPresent();
        }
    }

    @Test
    void rememberWithAnotherValueIsReportedAtItsValue() {
        String yaml = HEADER + question("safe", "yes_no", "        remember: meeting\n");
        assertOnlyProblem(yaml, "remember: meeting", "meeting", "questionnaire.remember.unknown");
    }

    @Test
    void rememberOnANoteIsReportedAtTheKey() {
        String yaml = HEADER + QUESTION_A + """
                      - id: n
                        type: note
                        text: {nl: "N", en: "N"}
                        remember: intake
                """;
        assertOnlyProblem(yaml, "remember: intake", "remember", "questionnaire.note.key_not_allowed");
    }

    @Test
    void approximateOnANonDateIsReportedAtTheKeyAndANonBooleanAtTheValue() {
        String yaml = HEADER + question("n", "number", "        approximate: true\n")
                + question("d", "date", "        approximate: roughly\n");
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "approximate: true", "approximate") + " questionnaire.approximate.not_a_date",
                at(yaml, "approximate: roughly", "roughly") + " questionnaire.approximate.not_boolean");
    }

    @Test
    void exploitationFormsNamingAnUnknownQuestionIsReportedAtTheName() {
        String yaml = withForms(FORMS.replace("question: work", "question: wrok")) + WORK;
        assertOnlyProblem(yaml, "question: wrok", "wrok", "questionnaire.forms.unknown_question");
    }

    @Test
    void exploitationFormsNamingANonChoiceQuestionIsReportedAtTheName() {
        String yaml = withForms("exploitation_forms:\n  question: a\n  map: {}\n") + QUESTION_A;
        assertOnlyProblem(yaml, "question: a", "a", "questionnaire.forms.not_a_choice_question");
    }

    @Test
    void aMapMissingAChoiceIsReportedAtTheMapOncePerChoice() {
        String yaml = withForms(FORMS.replace("map: {farm: labour, sex: sexual, drugs: criminal}",
                "map: {farm: labour}")) + WORK;
        LoadResult result = load(yaml);
        assertThat(problems(result)).containsExactly(
                at(yaml, "map: {", "{") + " questionnaire.forms.choice_missing",
                at(yaml, "map: {", "{") + " questionnaire.forms.choice_missing");
        assertThat(result.problems()).extracting(p -> p.args().get(0)).containsExactly("sex", "drugs");
    }

    @Test
    void aMapNamingAnUnknownChoiceOrFormIsReportedWhereItSays() {
        String yaml = withForms(FORMS.replace("map: {farm: labour, sex: sexual, drugs: criminal}",
                "map: {farm: labour, sex: sexual, drugs: theft, cleaning: labour}")) + WORK;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "map: {", "theft") + " questionnaire.signal.unknown_exploitation",
                at(yaml, "map: {", "cleaning") + " questionnaire.forms.unknown_choice");
    }

    @Test
    void exploitationFormsMustBeAMapWithQuestionAndMap() {
        String yaml = withForms("exploitation_forms:\n  question: work\n  colour: red\n") + WORK;
        assertThat(problems(load(yaml))).containsExactly(
                at(yaml, "question: work", "question") + " questionnaire.key.missing",
                at(yaml, "colour", "colour") + " questionnaire.key.unknown");
    }

    @Test
    void exploitationCaseBeforeOrAtTheFormsQuestionIsReportedAtTheSignal() {
        String work = WORK + """
                        signals:
                          - when: {answer: work, includes: sex}
                            indicator: docs
                            exploitation: case # on the forms question itself
                """;
        String yaml = withForms(FORMS) + PAID_CASE + work;
        LoadResult result = load(yaml);
        assertThat(problems(result)).containsExactly(
                at(yaml, "exploitation: case", "case") + " questionnaire.signal.case_before_forms",
                at(yaml, "exploitation: case # on", "case") + " questionnaire.signal.case_before_forms");
        assertThat(result.problems().get(0).args()).containsExactly("work");
    }

    @Test
    void exploitationCaseInAFileWithoutExploitationFormsIsReportedAtTheValue() {
        String yaml = HEADER + PAID_CASE;
        assertOnlyProblem(yaml, "exploitation: case", "case", "questionnaire.signal.case_without_forms");
    }

    @Test
    void aClientLanguageMissingOnIntroWhyOrALabelIsAWarningLikeOnText() {
        String yaml = withPolishAndIntro("{nl: \"I\", en: \"I\"}") + """
                      - id: s
                        type: single
                        text: {nl: "S?", en: "S?", pl: "S?"}
                        why: {nl: "w", en: "w"}
                        choices:
                          - {value: x, label: {nl: x, en: x, pl: x}}
                          - {value: y, label: {nl: y, en: y}}
                      - id: w
                        type: single
                        asked_to: worker
                        text: {nl: "W?", en: "W?"}
                        why: {nl: "w", en: "w"}
                        choices:
                          - {value: x, label: {nl: x, en: x}}
                """;
        LoadResult result = load(yaml);
        assertThat(problems(result)).containsExactly(
                at(yaml, "intro: {", "{") + " warning questionnaire.text.missing_client_language",
                at(yaml, "why: {", "{") + " warning questionnaire.text.missing_client_language",
                at(yaml, "{value: y", "{nl") + " warning questionnaire.text.missing_client_language");
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void clientLanguagesAreAllowedOnIntroWhyAndLabels() {
        String yaml = withPolishAndIntro("{nl: \"I\", en: \"I\", pl: \"I\"}") + """
                      - id: s
                        type: single
                        text: {nl: "S?", en: "S?", pl: "S?"}
                        why: {nl: "w", en: "w", pl: "w"}
                        choices:
                          - {value: x, label: {nl: x, en: x, pl: x}}
                """;
        LoadResult result = load(yaml);
        assertThat(result.problems()).isEmpty();
        Question s = result.questionnaire().orElseThrow().questions().get(0);
        assertThat(s.why().flatMap(w -> w.in("pl"))).contains("w");
        assertThat(s.choices().get(0).label().in("pl")).isEqualTo(Optional.of("x"));
    }

    @Test
    void anIntroOfASectionForTheWorkerAloneNeedsNoClientLanguage() {
        String yaml = withPolishAndIntro("{nl: \"I\", en: \"I\"}") + """
                      - id: w
                        type: yes_no
                        asked_to: worker
                        text: {nl: "W?", en: "W?"}
                        why: {nl: "w", en: "w"}
                """;
        assertThat(load(yaml).problems()).isEmpty();
    }
}
