package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A whole short intake with the keyboard alone: Enter, Space, digits, Alt+Left and the Alt mnemonics. */
class KeyboardJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;
    IntakeSteps steps;

    /** The scene's focus owner (a node's own focused flag needs a focused window, which headless may lack). */
    private void waitForFocus(String id) {
        try {
            app.waitUntil(() -> {
                var owner = app.stage().getScene().getFocusOwner();
                return owner != null && id.equals(owner.getId());
            });
        } catch (AssertionError e) {
            throw new AssertionError("focus on " + app.stage().getScene().getFocusOwner() + ", not " + id, e);
        }
    }

    private void key(KeyCode code) {
        String before = steps.questionText();
        app.type(code);
        steps.waitForNext(before);
    }

    private void alt(KeyCode code) {
        String before = steps.questionText();
        app.press(KeyCode.ALT).press(code).release(code).release(KeyCode.ALT);
        steps.waitForNext(before);
    }

    @Test
    void fromUnlockToFinishWithoutAMouse() throws Exception {
        IntakeSteps.setUpVault(dir);
        app = journey.start("nl");
        steps = new IntakeSteps(app);
        app.waitFor("unlock-passphrase");
        app.write(IntakeSteps.PASS);
        app.type(KeyCode.ENTER);
        // "Start intake" is the home screen's default button: Enter starts, wherever the focus is.
        app.waitFor("home-start-intake");
        app.type(KeyCode.ENTER);
        waitForFocus("start-alias");
        app.write("Mira");
        app.type(KeyCode.ENTER);
        app.waitFor("consent-store-given");
        waitForFocus("consent-store-given");
        app.type(KeyCode.SPACE);
        app.type(KeyCode.ENTER);

        app.waitFor("wizard-question-text");
        key(KeyCode.DIGIT1);
        key(KeyCode.ENTER);
        key(KeyCode.ENTER);
        key(KeyCode.ENTER);
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
        app.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        steps.waitForNext("Bent u vandaag in gevaar?");
        key(KeyCode.ENTER);
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
        key(KeyCode.DIGIT2);
        alt(KeyCode.I);
        key(KeyCode.DIGIT1);
        alt(KeyCode.N);
        alt(KeyCode.L);
        // The alias typed on the start screen is the name question's answer: it is not asked again.
        waitForFocus("answer-number");
        app.write("2,5e");
        assertThat(app.<Label>waitFor("wizard-input-error").getText()).contains("geen getal");
        app.type(KeyCode.BACK_SPACE);
        app.type(KeyCode.BACK_SPACE);
        app.type(KeyCode.BACK_SPACE);
        app.type(KeyCode.BACK_SPACE);
        app.write("19");
        key(KeyCode.ENTER);
        key(KeyCode.DIGIT2);
        key(KeyCode.DIGIT1);
        app.type(KeyCode.DIGIT1);
        key(KeyCode.ENTER);
        key(KeyCode.DIGIT1);
        key(KeyCode.DIGIT1);
        key(KeyCode.DIGIT1);
        key(KeyCode.DIGIT1);
        app.type(KeyCode.ENTER);

        app.waitFor("review");
        assertThat(app.<Label>waitFor("review-answer-age").getText()).isEqualTo("19");
        waitForFocus("review-finish");
        app.type(KeyCode.ENTER);
        app.waitFor("finish");
        waitForFocus("finish-assessment-unsure");
        app.type(KeyCode.ENTER);
        app.waitFor("intake-finished");
        waitForFocus("intake-home");
        app.type(KeyCode.ENTER);
        app.waitFor("case-list");
    }
}
