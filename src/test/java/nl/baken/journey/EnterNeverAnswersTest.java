package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10, item 1: the focus lands on the first answer ("1 Ja"), but Enter, used as "next", never answers. Only a
 * click, Space on a focused answer or a digit does.
 */
class EnterNeverAnswersTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;
    IntakeSteps steps;

    private void waitForFocus(String id) {
        app.waitUntil(() -> {
            var owner = app.stage().getScene().getFocusOwner();
            return owner != null && id.equals(owner.getId());
        });
    }

    /** Presses Enter and lets any save it might have started finish, so a wrong answer would show. */
    private void enter() {
        app.type(KeyCode.ENTER);
        app.app().shell().tasks().drain();
        WaitForAsyncUtils.waitForFxEvents();
        app.app().shell().tasks().drain();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterOnAnUnansweredQuestionRecordsNothingAndSpaceOnTheFocusedAnswerDoes() throws Exception {
        IntakeSteps.setUpVault(dir);
        app = journey.start("nl");
        steps = new IntakeSteps(app);
        steps.unlock();
        steps.startNewCase("intake-kort", "nl", null);
        steps.giveStoreConsent();
        assertThat(steps.questionText()).isEqualTo("Is het nu veilig om het gesprek te beginnen?");
        waitForFocus("answer-yes");

        enter();
        enter();
        assertThat(steps.questionText()).as("Enter did not answer 'Ja'")
                .isEqualTo("Is het nu veilig om het gesprek te beginnen?");
        assertThat(app.showing("wizard-saved")).as("nothing was saved").isFalse();
        assertThat(app.showing("wizard-current-answer")).isFalse();

        // Space on the focused answer is a deliberate choice.
        steps.press(KeyCode.SPACE);
        // Three notes (welcome, confidentiality and its limits, rights) before "danger today".
        steps.press(KeyCode.ENTER);
        steps.press(KeyCode.ENTER);
        steps.press(KeyCode.ENTER);
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
        waitForFocus("answer-yes");
        enter();
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
        assertThat(app.showing("urgent-banner")).as("no false 'yes' raised the banner").isFalse();

        // Tab to "no": Enter still does not pick it; Space does.
        app.type(KeyCode.TAB);
        waitForFocus("answer-no");
        enter();
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
        steps.press(KeyCode.SPACE);
        steps.assertSaved();
        app.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        steps.waitForNext("Wacht er iemand op u, hier of buiten?");
        assertThat(app.<javafx.scene.control.Label>waitFor("wizard-current-answer").getText()).contains("Nee");
    }
}
