package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10, items 4 to 6, through the whole app: a later intake asks again what is about this meeting
 * ({@code remember: intake}) and shows only facts of the case as known; what the start screen told is not asked
 * again and the worker's assessment is asked once, at the finish; an approximate date takes "maart 2024" and says
 * plainly what it cannot read, keeping the text.
 */
class InterviewTrustJourneyTest {

    private static final String ASSESSMENT = "Uw eigen inschatting";
    private static final String ARRIVED = "Sinds wanneer bent u in Nederland? Ongeveer is goed.";

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;
    IntakeSteps steps;

    private void open() throws Exception {
        IntakeSteps.setUpVault(dir);
        app = journey.start("nl");
        steps = new IntakeSteps(app);
        steps.unlock();
    }

    /** A new case for the full intake, with an alias on the start screen, through consent to the first question. */
    private void fullIntakeWithAlias(String alias) {
        app.click("home-start-intake");
        app.waitFor("start-continue");
        steps.choose("intake-mensenhandel", "nl", null);
        app.typeInto("start-alias", alias);
        app.click("start-continue");
        steps.giveStoreConsent();
        app.waitFor("wizard-question-text");
    }

    /**
     * "Later" on a question, "next" on a note, and "from another EU country" for the nationality (so that "since when
     * in the Netherlands" shows); returns the question text it left.
     */
    private String passOne() {
        String text = steps.questionText();
        if (text.equals("Wat is uw nationaliteit?")) {
            steps.answer("answer-choice-eu");
        } else {
            steps.answer(app.showing("wizard-later") ? "wizard-later" : "wizard-next");
        }
        return text;
    }

    @Test
    void aSecondIntakeAsksTodaysDangerAgainAndShowsOnlyFactsOfTheCaseAsKnown() throws Exception {
        open();
        steps.startNewCase("intake-kort", "nl", null);
        steps.giveStoreConsent();
        app.waitFor("wizard-question-text");
        steps.answer("answer-yes");
        steps.answer("wizard-next");
        steps.answer("wizard-next");
        steps.answer("wizard-next");
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
        steps.answer("answer-no");
        steps.answer("answer-no");
        steps.answer("answer-choice-safe_place");
        steps.answer("answer-no");
        steps.answer("answer-no");
        app.typeInto("answer-text", "Ola");
        steps.press(javafx.scene.input.KeyCode.ENTER);
        app.click("wizard-stop");
        app.click("wizard-stop-confirm");
        app.waitFor("intake-stopped");
        app.click("intake-home");

        app.click("home-start-intake");
        app.click("start-existing-case");
        ComboBox<nl.baken.cases.CaseSummary> cases = app.waitFor("start-case");
        app.runOnFx(() -> cases.getSelectionModel().select(0));
        steps.choose("intake-kort", "nl", null);
        app.click("start-continue");
        app.waitFor("wizard-question-text");
        // "Is it safe now to start?" is about this meeting: asked again, not shown as known.
        assertThat(app.showing("known-confirm")).isFalse();
        steps.answer("answer-yes");
        steps.answer("wizard-next");
        steps.answer("wizard-next");
        steps.answer("wizard-next");
        assertThat(steps.questionText()).isEqualTo("Bent u vandaag in gevaar?");
        assertThat(app.showing("known-confirm")).as("today's danger is asked again").isFalse();
        assertThat(app.showing("wizard-dont-know")).isTrue();
        steps.answer("answer-no");
        steps.answer("answer-no");
        steps.answer("answer-choice-safe_place");
        assertThat(steps.questionText()).contains("vandaag een dokter nodig");
        assertThat(app.showing("known-confirm")).isFalse();
        steps.answer("answer-no");
        // Caring for someone is a fact of the case: shown as known, with "still right".
        assertThat(app.showing("known-confirm")).isTrue();
        steps.answer("known-confirm");
        assertThat(app.<Label>waitFor("known-answer").getText()).isEqualTo("Al bekend: Ola");
    }

    @Test
    void theStartScreenAnswersAreNotAskedAgainAndTheAssessmentComesOnlyAtTheFinish() throws Exception {
        open();
        fullIntakeWithAlias("Ola");
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 200 && !app.showing("review"); i++) {
            asked.add(passOne());
        }
        assertThat(app.showing("review")).isTrue();
        assertThat(asked).contains("Hoe oud bent u?", ARRIVED)
                .doesNotContain("Hoe wilt u dat we u noemen? Een roepnaam is ook goed.",
                        "In welke taal voert u het gesprek?", "Hoe tolkt u?", ASSESSMENT);
        // The review shows what the start screen gave, to change if need be; the assessment is not in it.
        assertThat(app.<Label>waitFor("review-answer-name_alias").getText()).isEqualTo("Ola");
        assertThat(app.<Label>waitFor("review-answer-interview_language").getText()).isEqualTo("Nederlands");
        assertThat(app.find("review-answer-w_assessment")).isEmpty();
        app.click("review-finish");
        app.waitFor("finish");
        assertThat(app.find("finish-assessment-unsure")).as("asked once, in the questionnaire's words").isEmpty();
        app.click("finish-assessment-possible_victim");
        app.click("finish-done");
        app.waitFor("intake-finished");
    }

    @Test
    void anApproximateDateTakesMaart2024AndSaysWhatItCannotReadKeepingTheText() throws Exception {
        open();
        fullIntakeWithAlias("Ola");
        for (int i = 0; i < 80 && !steps.questionText().equals(ARRIVED); i++) {
            passOne();
        }
        assertThat(steps.questionText()).isEqualTo(ARRIVED);
        // The hint in the empty field (what it accepts) shows whole, not cut off at the field's edge.
        javafx.scene.control.TextInputControl empty = dateField();
        double needed = nl.baken.support.Fx.call(() -> {
            javafx.scene.text.Text t = new javafx.scene.text.Text(empty.getPromptText());
            t.setFont(empty.getFont());
            return t.getLayoutBounds().getWidth();
        });
        double room = nl.baken.support.Fx.call(() -> empty.getWidth() - empty.snappedLeftInset()
                - empty.snappedRightInset());
        assertThat(needed).as("the date hint fits its field").isLessThanOrEqualTo(room);
        assertThat(app.<Label>waitFor("answer-date-hint").getText()).as("shown below the focused field too")
                .isEqualTo(empty.getPromptText());
        assertThat(nl.baken.support.Fx.call(() -> nl.baken.support.CutOffText.under(app.stage().getScene()
                .getRoot()))).as("no text cut off").isEmpty();
        app.screenshot("wizard-date-hint");
        app.typeInto("answer-date", "32-13-2024");
        Label error = app.waitFor("wizard-input-error");
        assertThat(error.getText()).isEqualTo("Dit kan Baken niet lezen als datum. Typ een jaar (2024), een maand en "
                + "jaar (maart 2024 of 03-2024) of een hele datum (31-12-2024).");
        app.screenshot("wizard-date-refused");
        app.click("wizard-why");
        assertThat(dateText()).as("kept as typed, never cleared").isEqualTo("32-13-2024");

        app.runOnFx(() -> dateField().clear());
        app.typeInto("answer-date", "maart 2024");
        app.waitUntil(() -> !app.showing("wizard-input-error"));
        steps.answer("wizard-next");
        steps.answer("wizard-back");
        app.waitFor("answer-date");
        assertThat(dateText()).isEqualTo("maart 2024");
    }

    /** The text field of the date answer (a date picker's editor, should the field be one). */
    private javafx.scene.control.TextInputControl dateField() {
        javafx.scene.Node node = app.waitFor("answer-date");
        return node instanceof javafx.scene.control.DatePicker picker ? picker.getEditor() : (TextField) node;
    }

    private String dateText() {
        return dateField().getText();
    }
}
