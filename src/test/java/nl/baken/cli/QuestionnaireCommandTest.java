package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.baken.support.Cli;
import nl.baken.support.TempDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baken questionnaire validate} and {@code walk}: output byte for byte, and exit codes. */
class QuestionnaireCommandTest {

    private static final String FORM = """
            id: cli-test
            version: 1
            title: {nl: "T", en: "T"}
            languages: [nl, en]
            client_languages: [pl]
            indicators:
              docs: {nl: "Papieren afgenomen", en: "Documents withheld"}
              pay: {nl: "Loon ingehouden", en: "Wages withheld"}
              debt: {nl: "Schuld", en: "Debt"}
            sections:
              - id: safety
                title: {nl: "Veiligheid", en: "Safety"}
                questions:
                  - id: start
                    type: note
                    text: {nl: "Uitleg", en: "Explain", pl: "Explain"}
                  - id: safe_now
                    type: yes_no
                    text: {nl: "Veilig?", en: "Safe?", pl: "Safe?"}
                    why: {nl: "w", en: "w", pl: "w"}
                    urgent_if: {answer: safe_now, is: no}
                  - id: age
                    type: number
                    text: {nl: "Leeftijd?", en: "Age?", pl: "Age?"}
                    why: {nl: "w", en: "w", pl: "w"}
              - id: work
                title: {nl: "Werk", en: "Work"}
                show_if: {answer: age, greater_than: 17}
                questions:
                  - id: arrived
                    type: date
                    text: {nl: "Sinds?", en: "Since?", pl: "Since?"}
                    why: {nl: "w", en: "w", pl: "w"}
                  - id: papers
                    type: multi
                    text: {nl: "Wie heeft uw papieren?", en: "Who has your papers?", pl: "?"}
                    why: {nl: "w", en: "w", pl: "w"}
                    choices:
                      - {value: me, label: {nl: Ik, en: Me, pl: Me}}
                      - {value: boss, label: {nl: Baas, en: Boss, pl: Boss}}
                      - {value: pimp, label: {nl: Pooier, en: Pimp, pl: Pimp}}
                    signals:
                      - when: {answer: papers, includes: pimp}
                        indicator: pay
                        exploitation: [sexual]
                      - when: {answer: papers, includes: boss}
                        indicator: docs
                        exploitation: [labour]
                  - id: paid
                    type: yes_no
                    text: {nl: "Betaald?", en: "Paid?", pl: "?"}
                    why: {nl: "w", en: "w", pl: "w"}
                    signals:
                      - when: {answer: paid, is: no}
                        indicator: pay
                        exploitation: [other, labour]
                  - id: owes
                    type: single
                    text: {nl: "Schuld?", en: "Debt?", pl: "?"}
                    why: {nl: "w", en: "w", pl: "w"}
                    show_if: {answer: paid, is: "no"}
                    choices:
                      - {value: none, label: {nl: Geen, en: None, pl: None}}
                      - {value: some, label: {nl: Wat, en: Some, pl: Some}}
                    signals:
                      - when: {answer: owes, is: some}
                        indicator: debt
                        exploitation: [labour]
                  - id: employer
                    type: text
                    asked_to: worker
                    text: {nl: "Werkgever", en: "Employer"}
                    why: {nl: "w", en: "w"}
                  - id: sector_notes
                    type: long_text
                    text: {nl: "Werk?", en: "Work?", pl: "?"}
                    why: {nl: "w", en: "w", pl: "w"}
            """;

    @TempDir
    Path dir;

    @Test
    void validatePrintsOkWithSectionsAndAskedQuestions() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM);
        Cli.Result run = Cli.withoutInput("questionnaire", "validate", form);
        assertThat(run.out()).isEqualTo(form + ": OK (2 sections, 8 questions)\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void validateReportsEveryProblemOfEveryFileAndFails() throws IOException {
        String good = TempDirs.write(dir, "good.yaml", FORM);
        String bad = TempDirs.write(dir, "bad.yaml", """
                id: Bad
                version: 1
                title: {nl: "T", en: "T"}
                languages: [nl, en]
                sections:
                  - id: s
                    title: {nl: "S"}
                    questions:
                      - id: a
                        type: yes_no
                        text: {nl: "A?", en: "A?"}
                        show_if: {answer: b, is: yes}
                      - id: b
                        type: single
                        text: {nl: "B?", en: "B?"}
                        why: {nl: "w", en: "w"}
                """);
        Cli.Result run = Cli.withoutInput("questionnaire", "validate", "--lang", "en", bad, good);
        assertThat(run.out()).isEqualTo(""
                + bad + ":1:5: The questionnaire id 'Bad' may only contain small letters a-z, digits and hyphens (-).\n"
                + bad + ":7:12: The text in 'en' is missing. Every text needs each language of languages.\n"
                + bad + ":9:9: Question 'a' has no why. Add a why that says in plain words why the question is asked.\n"
                + bad + ":12:27: The condition names 'b', which comes later in the file; "
                + "a condition may only name an earlier question.\n"
                + bad + ":13:9: Question 'b' is of type single and needs choices. "
                + "Add a list of choices with value and label.\n"
                + good + ": OK (2 sections, 8 questions)\n");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void warningsArePrintedButTheFileIsValid() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM.replace("text: {nl: \"Veilig?\", en: \"Safe?\", pl: \"Safe?\"}",
                "text: {nl: \"Veilig?\", en: \"Safe?\"}"));
        Cli.Result run = Cli.withoutInput("questionnaire", "validate", "--lang", "en", form);
        assertThat(run.out()).isEqualTo(form + ":19:15: warning: The client's text in 'pl' is missing. "
                + "The app will show the worker's language instead.\n"
                + form + ": OK (2 sections, 8 questions)\n");
        assertThat(run.exit()).isZero();
    }

    @Test
    void messagesAreDutchWithoutLangWhenTheLocaleIsDutch() throws IOException {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("nl-NL"));
        try {
            String form = TempDirs.write(dir, "form.yaml", FORM.replace("version: 1", "version: one"));
            Cli.Result run = Cli.withoutInput("questionnaire", "validate", form);
            assertThat(run.out()).isEqualTo(form + ":2:10: De versie moet een heel getal zijn van 1 of meer, "
                    + "zonder aanhalingstekens, bijvoorbeeld 3.\n");
            assertThat(run.exit()).isEqualTo(1);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        String missing = dir.resolve("missing.yaml").toString();
        Cli.Result run = Cli.withoutInput("questionnaire", "validate", "--lang", "en", missing);
        assertThat(run.out()).isEqualTo(missing + ": The file cannot be read. Check the name and that the file exists.\n");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void walkPrintsVisibleQuestionsSignalsAndUrgency() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM);
        String answers = TempDirs.write(dir, "answers.yaml", """
                safe_now: no
                age: 30.0
                arrived: 2024-03-01
                papers: [pimp, me, boss]
                paid: "no"
                owes: {declined: true}
                employer: {dont_know: true}
                sector_notes: {skipped: true}
                """);
        Cli.Result run = Cli.withoutInput("questionnaire", "walk", form, "--answers", answers);
        assertThat(run.out()).isEqualTo("""
                safety/safe_now\tno
                safety/age\t30
                work/arrived\t2024-03-01
                work/papers\tme,boss,pimp
                work/paid\tno
                work/owes\tdeclined
                work/employer\tdont_know
                work/sector_notes\tskipped
                signals:
                docs\tlabour
                pay\tlabour,sexual,other
                urgent: yes
                """);
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void walkLeavesOutHiddenQuestionsAndTheirSignals() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM);
        String answers = TempDirs.write(dir, "answers.yaml", """
                safe_now: yes
                age: 15
                papers: [boss]
                paid: no
                """);
        Cli.Result run = Cli.withoutInput("questionnaire", "walk", form, "--answers", answers);
        assertThat(run.out()).isEqualTo("safety/safe_now\tyes\nsafety/age\t15\nsignals:\nurgent: no\n");
        assertThat(run.exit()).isZero();
    }

    @Test
    void walkWithNoAnswersShowsUnanswered() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM);
        String answers = TempDirs.write(dir, "answers.yaml", "");
        Cli.Result run = Cli.withoutInput("questionnaire", "walk", form, "--answers", answers);
        assertThat(run.out()).isEqualTo("safety/safe_now\tunanswered\nsafety/age\tunanswered\nsignals:\nurgent: no\n");
    }

    @Test
    void walkReportsWrongAnswersWithTheirPositionAndFails() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM);
        String answers = TempDirs.write(dir, "answers.yaml", """
                safe_now: perhaps
                start: yes
                age: [3]
                colour: red
                """);
        Cli.Result run = Cli.withoutInput("questionnaire", "walk", "--lang", "en", form, "--answers", answers);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(""
                + answers + ":1:11: Question 'safe_now' is a yes/no question: use yes or no.\n"
                + answers + ":2:1: 'start' is a note and has no answer. Remove this line.\n"
                + answers + ":3:6: Question 'age' takes one answer, not a list. Give one value.\n"
                + answers + ":4:1: There is no question 'colour' in this questionnaire. Check the spelling.\n");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void walkRefusesAnInvalidQuestionnaire() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM.replace("type: date", "type: day"));
        String answers = TempDirs.write(dir, "answers.yaml", "age: 3\n");
        Cli.Result run = Cli.withoutInput("questionnaire", "walk", "--lang", "en", form, "--answers", answers);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(form + ":31:15: Unknown question type.");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void walkWithoutAnswersOptionIsAUsageError() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM);
        assertThat(Cli.withoutInput("questionnaire", "walk", form).exit()).isEqualTo(ExitCodes.USAGE);
    }
}
