package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whole-app journeys through an intake, headless, with screenshots in target/screenshots. */
class IntakeJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;
    IntakeSteps steps;

    private void open() throws Exception {
        app = journey.start("nl");
        steps = new IntakeSteps(app);
        steps.unlock();
    }

    /** From the start screen through consent to the first question of the short intake. */
    private void shortIntake(String clientLanguage, String interpreter) {
        steps.startNewCase("intake-kort", clientLanguage, interpreter);
        steps.giveStoreConsent();
        app.waitFor("wizard-question-text");
    }

    /** Safe to start: yes; the three notes (welcome, confidentiality, rights); now at "danger today". */
    private void toDangerToday() {
        steps.answer("answer-yes");
        steps.answer("wizard-next");
        steps.answer("wizard-next");
        steps.answer("wizard-next");
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
    }

    @Test
    void aWholeIntakeWithEveryAnswerStateTheWhyTextAndAPolishInterpreter() throws Exception {
        IntakeSteps.setUpVault(dir);
        open();
        app.screenshot("home-empty");
        app.click("home-start-intake");
        app.waitFor("start-continue");
        steps.choose("intake-kort", "pl", "start-interpreter-phone");
        app.typeInto("start-alias", "Ola");
        app.screenshot("intake-start");
        app.click("start-continue");

        app.waitFor("consent-store-given");
        app.click("consent-store-given");
        app.click("consent-share-police-declined");
        app.click("consent-comensha-given");
        app.click("consent-form-received");
        assertThat(app.lookup("#consent-store-withdrawn").queryAs(javafx.scene.Node.class).isDisabled())
                .as("withdrawn only after given").isTrue();
        app.screenshot("consent");
        app.click("consent-save");

        // A worker observation: marked "for you", never in the client's language.
        app.waitFor("wizard-question-text");
        assertThat(app.showing("wizard-for-you")).isTrue();
        assertThat(app.showing("wizard-client-text")).isFalse();
        app.screenshot("wizard-worker-note");
        steps.answer("answer-yes");
        assertThat(app.<Label>waitFor("wizard-client-text").getText()).startsWith("Dzień dobry");
        steps.answer("wizard-next");
        steps.answer("wizard-next");
        steps.answer("wizard-next");

        app.click("wizard-why");
        assertThat(app.<Label>waitFor("wizard-why-text").getText()).contains("veiligheid");
        assertThat(app.<Label>waitFor("wizard-client-text").getText()).isEqualTo("Czy jest Pan/Pani dziś w niebezpieczeństwie?");
        assertThat(app.<Label>waitFor("wizard-mode").getText())
                .isEqualTo("Gesprek in het Pools, tolk via de telefoon (Pools)");
        app.screenshot("wizard-interpreter-polish");
        steps.answer("answer-no");
        steps.assertSaved();
        steps.answer("wizard-dont-know");
        steps.answer("answer-choice-safe_place");
        steps.answer("wizard-decline");
        steps.answer("wizard-later");
        // The alias given on the start screen is the name question's answer: not asked again.
        app.typeInto("answer-number", "34");
        steps.press(KeyCode.ENTER);
        assertThat(app.showing("wizard-for-you")).isTrue();
        steps.answer("answer-no");
        steps.press(KeyCode.DIGIT1);
        app.type(KeyCode.DIGIT1);
        app.type(KeyCode.DIGIT2);
        app.screenshot("wizard-multi");
        steps.press(KeyCode.ENTER);
        steps.press(KeyCode.DIGIT1);
        steps.press(KeyCode.DIGIT1);
        steps.press(KeyCode.DIGIT1);
        steps.press(KeyCode.DIGIT1);
        app.click("wizard-next");

        app.waitFor("review");
        assertThat(app.<Label>waitFor("review-answer-has_dependants").getText()).contains("⚑").contains("Later");
        assertThat(app.<Label>waitFor("review-answer-someone_waiting").getText()).isEqualTo("Weet ik niet");
        assertThat(app.<Label>waitFor("review-answer-urgent_medical").getText()).isEqualTo("Zeg ik liever niet");
        app.screenshot("review");
        app.click("review-edit-has_dependants");
        steps.answer("answer-no");
        app.waitFor("review");
        assertThat(app.<Label>waitFor("review-answer-has_dependants").getText()).isEqualTo("Nee");
        app.click("review-finish");
        app.waitFor("finish");
        app.click("finish-assessment-unsure");
        app.typeInto("finish-note", "Eerste contact, wil nadenken.");
        app.screenshot("finish");
        app.click("finish-done");
        app.waitFor("intake-finished");
        app.click("intake-home");
        app.waitFor("case-list");
        assertThat(app.stage().getTitle()).isEqualTo("Baken");
        app.screenshot("home-cases");
    }

    @Test
    void theWizardSpeaksTheWorkerLanguageChosenOnTheStartScreen() throws Exception {
        IntakeSteps.setUpVault(dir);
        open();
        app.click("home-start-intake");
        ComboBox<String> worker = app.waitFor("start-worker-language");
        app.runOnFx(() -> worker.setValue("en"));
        steps.choose("intake-kort", "en", null);
        app.click("start-continue");
        // Consent is read aloud by the worker: in the worker language too.
        assertThat(app.<Button>waitFor("consent-save").getText()).isEqualTo("Record");
        steps.giveStoreConsent();
        app.waitFor("wizard-question-text");
        assertThat(app.<Button>waitFor("wizard-next").getText()).isEqualTo("Next");
        assertThat(app.<Button>waitFor("wizard-back").getText()).isEqualTo("Back");
        assertThat(steps.questionText()).isEqualTo("Is it safe to start the interview now?");
        // The app around the wizard keeps the language it was opened in.
        assertThat(app.<Button>waitFor("lock-button").getText()).isEqualTo("Vergrendelen");
    }

    @Test
    void pauseAndResumeAtTheSameQuestion() throws Exception {
        IntakeSteps.setUpVault(dir);
        open();
        shortIntake("nl", null);
        toDangerToday();
        app.click("wizard-pause");
        app.waitFor("intake-paused");
        app.screenshot("paused");
        app.click("wizard-resume");
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
        app.click("wizard-pause");
        app.click("intake-home");
        app.click("home-resume-0");
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
    }

    @Test
    void quickHideByShiftThreeTimesThenUnlockAndResume() throws Exception {
        IntakeSteps.setUpVault(dir);
        open();
        shortIntake("nl", null);
        toDangerToday();
        steps.answer("answer-no");
        String question = steps.questionText();
        for (int i = 0; i < 3; i++) {
            app.press(KeyCode.SHIFT).release(KeyCode.SHIFT);
        }
        app.waitFor("unlock-passphrase");
        assertThat(app.showing("wizard-question-text")).isFalse();
        assertThat(app.app().shell().session()).isNull();
        assertThat(app.stage().getTitle()).isEqualTo("Baken");
        steps.unlock();
        app.screenshot("home-resumable");
        app.click("home-resume-0");
        assertThat(steps.questionText()).isEqualTo(question);
        app.click("wizard-back");
        assertThat(app.<Label>waitFor("wizard-current-answer").getText()).contains("Nee");
    }

    @Test
    void theQuickHideButtonBlanksAndLocks() throws Exception {
        IntakeSteps.setUpVault(dir);
        open();
        shortIntake("nl", null);
        app.click("quick-hide");
        app.waitFor("unlock-passphrase");
        assertThat(app.app().shell().session()).isNull();
    }

    @Test
    void closedMidIntakeAndRestartedResumesAtTheSameQuestion() throws Exception {
        IntakeSteps.setUpVault(dir);
        open();
        shortIntake("nl", null);
        toDangerToday();
        steps.answer("answer-no");
        steps.answer("wizard-dont-know");
        String question = steps.questionText();
        app.stop();

        open();
        app.click("home-resume-0");
        assertThat(steps.questionText()).isEqualTo(question);
    }

    @Test
    void theUrgentBannerShowsUntilAcknowledged() throws Exception {
        IntakeSteps.setUpVault(dir);
        open();
        shortIntake("nl", null);
        toDangerToday();
        assertThat(app.showing("urgent-banner")).isFalse();
        steps.answer("answer-yes");
        app.waitFor("urgent-banner");
        app.screenshot("urgent-banner");
        steps.answer("answer-no");
        assertThat(app.showing("urgent-banner")).as("stays until acknowledged").isTrue();
        app.click("urgent-acknowledge");
        app.waitUntil(() -> !app.showing("urgent-banner"));
    }

    @Test
    void theShortIntakeThenTheFullOneShowsKnownAnswersInsteadOfAsking() throws Exception {
        IntakeSteps.setUpVault(dir);
        open();
        shortIntake("nl", null);
        toDangerToday();
        steps.answer("answer-no");
        steps.answer("answer-no");
        steps.answer("answer-choice-safe_place");
        steps.answer("answer-no");
        steps.answer("answer-no");
        app.typeInto("answer-text", "Ola");
        steps.press(KeyCode.ENTER);
        app.typeInto("answer-number", "34");
        steps.press(KeyCode.ENTER);
        app.click("wizard-stop");
        app.click("wizard-stop-confirm");
        app.waitFor("intake-stopped");
        app.screenshot("stopped");
        app.click("intake-home");

        app.click("home-start-intake");
        app.click("start-existing-case");
        ComboBox<nl.baken.cases.CaseSummary> cases = app.waitFor("start-case");
        app.runOnFx(() -> cases.getSelectionModel().select(0));
        steps.choose("intake-mensenhandel", "nl", null);
        app.click("start-continue");
        app.waitFor("wizard-question-text");
        int confirmed = 0;
        // Facts of the case are known (caring for someone, name, age); "today" and "now" are asked again.
        for (int i = 0; i < 80 && confirmed < 3; i++) {
            if (app.showing("known-confirm")) {
                Label known = app.waitFor("known-answer");
                assertThat(known.getText()).startsWith("Al bekend: ");
                assertThat(app.showing("wizard-dont-know")).as("a known answer is not asked again").isFalse();
                if (known.getText().equals("Al bekend: 34")) {
                    app.screenshot("wizard-known-answer");
                }
                confirmed++;
                steps.answer("known-confirm");
            } else if (app.showing("wizard-later")) {
                steps.answer("wizard-later");
            } else {
                steps.answer("wizard-next");
            }
        }
        assertThat(confirmed).isEqualTo(3);
    }

    @Test
    void withoutConsentToKeepARecordNothingIsAskedAndTheCaseIsClosed() throws Exception {
        IntakeSteps.setUpVault(dir);
        open();
        steps.startNewCase("intake-kort", "nl", null);
        app.click("consent-store-declined");
        app.click("consent-save");
        app.waitFor("consent-no-record");
        app.screenshot("consent-no-record");
        app.click("consent-end-without-saving");
        app.waitFor("case-list");
        assertThat(app.showing("home-resume-0")).as("no intake was started").isFalse();
        // The case list is a table now: its status cell says the case is closed.
        app.waitUntil(() -> app.lookup("#case-table .table-cell").queryAll().stream()
                .anyMatch(n -> "Gesloten".equals(((javafx.scene.control.Labeled) n).getText())));
    }
}
