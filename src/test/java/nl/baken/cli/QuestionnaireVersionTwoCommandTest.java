package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.baken.support.Cli;
import nl.baken.support.TempDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} and {@code walk} on the contract's version 2 keys: approximate dates printed as given and compared
 * as the first day of their period, {@code exploitation: case} signals with the forms of the answer or
 * {@code unknown}; {@code role} and {@code remember} do not change the walk.
 */
class QuestionnaireVersionTwoCommandTest {

    private static final String FORM = """
            id: cli-v2
            version: 2
            title: {nl: "T", en: "T"}
            languages: [nl, en]
            indicators:
              docs: {nl: "Papieren afgenomen", en: "Documents withheld"}
              deception: {nl: "Misleiding", en: "Deception"}
              pay: {nl: "Loon ingehouden", en: "Wages withheld"}
            exploitation_forms:
              question: work
              map: {farm: labour, sex: sexual, drugs: criminal}
            sections:
              - id: about
                title: {nl: "Over u", en: "About you"}
                questions:
                  - id: nick
                    type: text
                    role: alias
                    text: {nl: "Naam?", en: "Name?"}
                    why: {nl: "w", en: "w"}
                  - id: safe_today
                    type: yes_no
                    remember: intake
                    text: {nl: "Veilig vandaag?", en: "Safe today?"}
                    why: {nl: "w", en: "w"}
                    urgent_if: {answer: safe_today, is: no}
                  - id: work
                    type: multi
                    text: {nl: "Werk?", en: "Work?"}
                    why: {nl: "w", en: "w"}
                    choices:
                      - {value: farm, label: {nl: Land, en: Farm}}
                      - {value: sex, label: {nl: Seks, en: Sex}}
                      - {value: drugs, label: {nl: Drugs, en: Drugs}}
                  - id: arrived
                    type: date
                    approximate: true
                    text: {nl: "Sinds wanneer?", en: "Since when?"}
                    why: {nl: "w", en: "w"}
                    signals:
                      - when: {answer: arrived, less_than: 2024-06}
                        indicator: deception
                        exploitation: case
                  - id: papers
                    type: yes_no
                    text: {nl: "Papieren afgepakt?", en: "Papers taken?"}
                    why: {nl: "w", en: "w"}
                    signals:
                      - when: {answer: papers, is: yes}
                        indicator: docs
                        exploitation: case
                      - when: {answer: papers, is: yes}
                        indicator: pay
                        exploitation: case
                  - id: paid
                    type: yes_no
                    show_if: {answer: arrived, greater_than: 2023}
                    text: {nl: "Betaald?", en: "Paid?"}
                    why: {nl: "w", en: "w"}
                    signals:
                      - when: {answer: paid, is: no}
                        indicator: pay
                        exploitation: [other]
            """;

    @TempDir
    Path dir;

    private Cli.Result walk(String answers) throws IOException {
        return Cli.withoutInput("questionnaire", "walk", "--lang", "en", TempDirs.write(dir, "form.yaml", FORM), "--answers",
                TempDirs.write(dir, "answers.yaml", answers));
    }

    @Test
    void validateAcceptsTheVersionTwoKeys() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM);
        Cli.Result run = Cli.withoutInput("questionnaire", "validate", form);
        assertThat(run.out()).isEqualTo(form + ": OK (1 sections, 6 questions)\n");
        assertThat(run.exit()).isZero();
    }

    @Test
    void validateReportsVersionTwoMisusesAtTheirLineAndColumn() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM.replace("role: alias", "role: alias_name")
                .replace("remember: intake", "remember: today")
                .replace("type: yes_no\n        text: {nl: \"Papieren", "type: yes_no\n        approximate: true\n"
                        + "        text: {nl: \"Papieren")
                .replace("map: {farm: labour, sex: sexual, drugs: criminal}", "map: {farm: labour, sex: sexual}"));
        Cli.Result run = Cli.withoutInput("questionnaire", "validate", "--lang", "en", form);
        assertThat(run.out()).isEqualTo(""
                + form + ":11:8: The map does not say which form of exploitation the choice 'drugs' of 'work' names. "
                + "Add it, for example drugs: other.\n"
                + form + ":18:15: Unknown role. Use one of: alias, age, nationality, gender, client_language, "
                + "interpreter, wishes, reflection_start, followup_date, assessment.\n"
                + form + ":23:19: remember must be case (a later intake shows the answer as known) or intake "
                + "(asked again in every intake).\n"
                + form + ":46:9: Only a date question can be approximate, and this one is of type yes_no. "
                + "Remove approximate.\n");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void walkPrintsApproximateDatesAsGivenAndSignalsWithTheFormsOfTheAnswer() throws IOException {
        Cli.Result run = walk("""
                nick: Ana
                safe_today: yes
                work: [drugs, farm]
                arrived: 2024-03
                papers: yes
                paid: no
                """);
        assertThat(run.out()).isEqualTo("""
                about/nick\tAna
                about/safe_today\tyes
                about/work\tfarm,drugs
                about/arrived\t2024-03
                about/papers\tyes
                about/paid\tno
                signals:
                docs\tlabour,criminal
                deception\tlabour,criminal
                pay\tlabour,criminal,other
                urgent: no
                """);
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void aYearAloneCountsAsItsFirstDay() throws IOException {
        // 2023 counts as 2023-01-01: before 2024-06 (the signal), but not after 2023 (paid stays hidden).
        Cli.Result run = walk("""
                work: [sex]
                arrived: 2023
                papers: no
                """);
        assertThat(run.out()).isEqualTo("""
                about/nick\tunanswered
                about/safe_today\tunanswered
                about/work\tsex
                about/arrived\t2023
                about/papers\tno
                signals:
                deception\tsexual
                urgent: no
                """);
    }

    @Test
    void aFullDateOnAnApproximateQuestionComparesAsThatDay() throws IOException {
        Cli.Result run = walk("""
                work: [sex]
                arrived: 2024-06-02
                """);
        assertThat(run.out()).contains("about/arrived\t2024-06-02\n").contains("about/paid\tunanswered\n")
                .contains("signals:\nurgent: no\n");
    }

    @Test
    void walkPrintsUnknownWhenTheFormsAnswerHasNoValueAndDropsItBesideAKnownForm() throws IOException {
        Cli.Result run = walk("""
                work: {dont_know: true}
                arrived: 2024-01
                papers: yes
                paid: no
                """);
        assertThat(run.out()).isEqualTo("""
                about/nick\tunanswered
                about/safe_today\tunanswered
                about/work\tdont_know
                about/arrived\t2024-01
                about/papers\tyes
                about/paid\tno
                signals:
                docs\tunknown
                deception\tunknown
                pay\tother
                urgent: no
                """);
    }

    @Test
    void anApproximateAnswerThatIsNoDateIsAnErrorAtItsPosition() throws IOException {
        Cli.Result run = walk("""
                arrived: maart 2024
                paid: 2024-03
                """);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith("answers.yaml:1:10: Question 'arrived' needs a date as YYYY-MM-DD, or about a "
                + "date as YYYY-MM or YYYY, for example 2024-03-01, 2024-03 or 2024.\n" + dir.resolve("answers.yaml")
                + ":2:7: Question 'paid' is a yes/no question: use yes or no.\n");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void anExactDateQuestionStillRefusesAYearAlone() throws IOException {
        String form = TempDirs.write(dir, "form.yaml", FORM.replace("        approximate: true\n", ""));
        Cli.Result run = Cli.withoutInput("questionnaire", "validate", "--lang", "en", form);
        // The conditions on arrived now hold an approximate value the exact question cannot have.
        assertThat(run.out()).isEqualTo(""
                + form + ":40:48: Question 'arrived' needs a date written as YYYY-MM-DD, for example 2024-03-01.\n"
                + form + ":56:50: Question 'arrived' needs a date written as YYYY-MM-DD, for example 2024-03-01.\n");
        assertThat(run.exit()).isEqualTo(1);
    }
}
