package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.QuestionnaireLoader;
import nl.baken.support.QuestionnaireYaml;
import org.junit.jupiter.api.Test;

/** What the start screen records for the role questions, and which earlier answers a new intake shows as known. */
class StartScreenAnswersTest {

    private static final String YAML = QuestionnaireYaml.oneSection("start-test", """
                  - id: nick
                    type: text
                    role: alias
                    text: {nl: "Naam?", en: "Name?"}
                    why: {nl: "w", en: "w"}
                  - id: lang
                    type: single
                    role: client_language
                    remember: intake
                    asked_to: worker
                    text: {nl: "Taal?", en: "Language?"}
                    why: {nl: "w", en: "w"}
                    choices:
                      - {value: nl, label: {nl: Nederlands, en: Dutch}}
                      - {value: pl, label: {nl: Pools, en: Polish}}
                  - id: tolk
                    type: single
                    role: interpreter
                    asked_to: worker
                    text: {nl: "Tolk?", en: "Interpreter?"}
                    why: {nl: "w", en: "w"}
                    choices:
                      - {value: none, label: {nl: Geen, en: None}}
                      - {value: video, label: {nl: Video, en: Video}}
            """);

    private final Questionnaire questionnaire = new QuestionnaireLoader().load("start-test.yaml", YAML)
            .questionnaire().orElseThrow();

    private static IntakeSettings settings(String clientLanguage, Interpreter interpreter) {
        return new IntakeSettings("nl", clientLanguage, interpreter, Optional.empty());
    }

    @Test
    void theAliasTheLanguageAndTheInterpreterBecomeAnswersWhereAChoiceNamesThem() {
        Answers given = StartScreenAnswers.of(questionnaire, Optional.of(" Ola "), settings("pl", Interpreter.NONE));
        assertThat(given.asMap()).containsOnly(
                java.util.Map.entry("nick", Answer.of("Ola")),
                java.util.Map.entry("lang", Answer.of("pl")),
                java.util.Map.entry("tolk", Answer.of("none")));
    }

    @Test
    void nothingIsRecordedThatNoChoiceNamesOrThatWasNotGiven() {
        Answers given = StartScreenAnswers.of(questionnaire, Optional.of("  "), settings("ro", Interpreter.PHONE));
        assertThat(given.asMap()).isEmpty();
    }

    @Test
    void aNewIntakeShowsOnlyFactsOfTheCaseAsKnown() {
        Answers known = Answers.of(java.util.Map.of("nick", Answer.of("Ola"), "lang", Answer.of("pl"),
                "elsewhere", Answer.of("x")));
        assertThat(RememberedAnswers.forIntake(known, questionnaire).asMap().keySet())
                .containsExactlyInAnyOrder("nick", "elsewhere");
    }
}
