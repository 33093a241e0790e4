package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.FailingWrites;
import nl.baken.support.IntakeSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10, item 2: a failed save never moves on. The wizard stays at the question with a clear message; Next,
 * Enter and Back are blocked; "Save again" works once the store writes again, and only then does the interview
 * go on, with the answer on disk.
 */
class FailedSaveTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;
    IntakeSteps steps;

    @AfterEach
    void stopFailing() {
        FailingWrites.failing = false;
    }

    private void settle() {
        app.app().shell().tasks().drain();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFailedSaveKeepsTheWizardAtItsQuestionUntilSaveAgainSucceeds() throws Exception {
        IntakeSteps.setUpVault(dir);
        app = journey.start("nl");
        steps = new IntakeSteps(app);
        steps.unlock();
        steps.startNewCase("intake-kort", "nl", null);
        steps.giveStoreConsent();
        steps.answer("answer-yes");
        // Three notes (welcome, confidentiality and its limits, rights) before "danger today".
        steps.answer("wizard-next");
        steps.answer("wizard-next");
        steps.answer("wizard-next");
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
        var store = app.app().shell().session().vault().store();
        app.app().shell().tasks().run(() -> FailingWrites.install(store), () -> { }, f -> { });
        settle();

        FailingWrites.failing = true;
        app.click("answer-no");
        settle();
        assertThat(steps.questionText()).as("a failed save does not move on").isEqualTo("Bent u vandaag in gevaar?");
        assertThat(app.<Button>waitFor("wizard-next").isDisabled()).as("Next is blocked").isTrue();
        assertThat(app.<Label>waitFor("wizard-saved").getText()).contains("nog niet opgeslagen")
                .contains("Opnieuw opslaan");
        assertThat(app.showing("wizard-retry")).isTrue();
        app.type(KeyCode.ENTER);
        settle();
        app.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        settle();
        assertThat(steps.questionText()).as("neither Enter nor Back leaves the unsaved answer")
                .isEqualTo("Bent u vandaag in gevaar?");
        app.click("wizard-retry");
        settle();
        assertThat(steps.questionText()).as("still failing: still here").isEqualTo("Bent u vandaag in gevaar?");

        FailingWrites.failing = false;
        steps.answer("wizard-retry");
        assertThat(steps.questionText()).isEqualTo("Wacht er iemand op u, hier of buiten?");
        steps.assertSaved();
        assertThat(app.showing("wizard-retry")).isFalse();
        var intakes = app.app().shell().session().intakes();
        String[] saved = new String[2];
        app.app().shell().tasks().run(() -> {
            var intake = intakes.resumable().get(0);
            saved[0] = intakes.intakesOf(intake.caseId()).get(0).currentQuestion().orElse("");
            saved[1] = new nl.baken.intake.JooqIntakeRepository(store).answers(intake.id()).get("danger_today")
                    .map(a -> a.value()).orElse("");
        }, () -> { }, f -> { });
        settle();
        assertThat(saved[1]).as("the answer is on disk").isEqualTo("no");
        assertThat(saved[0]).as("with the question the interview moved to").isEqualTo("someone_waiting");
    }
}
