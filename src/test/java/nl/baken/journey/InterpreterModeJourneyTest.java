package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import nl.baken.i18n.ClientTexts;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.questionnaire.Choice;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.Interviews;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 10 and the questionnaire contract: in interpreter mode (a client language other than the worker's) the wizard
 * shows the section's intro, "why we ask" and every answer's label in the client's language too, beside the
 * worker's. The expected texts are read from the seed, so the test follows the content.
 */
class InterpreterModeJourneyTest {

    private static final Questionnaire SHORT = TestVault.seed("short-intake.yaml").questionnaire();

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    private void resumeInPolishAt(String question) throws Exception {
        Map<String, nl.baken.questionnaire.Answer> answers = new LinkedHashMap<>();
        answers.put("w_safe_to_start", nl.baken.questionnaire.Answer.of("yes"));
        Interviews.resumableAt(dir, "short-intake.yaml", answers, question,
                new IntakeSettings("nl", "pl", Interpreter.PHONE, Optional.of("pl")));
        app = journey.start("nl");
        Interviews.unlockAndResume(app);
        app.waitFor("wizard-next");
    }

    private static String text(AppDriver app, String id) {
        return app.<Labeled>waitFor(id).getText();
    }

    @Test
    void theIntroTheWhyAndTheYesNoAnswersStandInPolishBesideTheDutch() throws Exception {
        resumeInPolishAt("danger_today");
        Question q = SHORT.question("danger_today").orElseThrow();
        String intro = SHORT.sectionOf("danger_today").orElseThrow().intro().orElseThrow().in("pl").orElseThrow();
        assertThat(text(app, "wizard-client-intro")).isEqualTo(intro);
        assertThat(app.showing("wizard-client-intro")).isTrue();
        ClientTexts polish = ClientTexts.of("pl", "nl").orElseThrow();
        assertThat(text(app, "answer-yes-client")).isEqualTo(polish.text("intake.answer.yes").orElseThrow())
                .isEqualTo("Tak");
        assertThat(text(app, "answer-no-client")).isEqualTo("Nie");
        assertThat(text(app, "answer-yes")).endsWith("Ja");

        app.click("wizard-why");
        assertThat(text(app, "wizard-why-text")).isEqualTo(q.why().orElseThrow().in("nl").orElseThrow());
        assertThat(text(app, "wizard-client-why-text")).isEqualTo(q.why().orElseThrow().in("pl").orElseThrow());
        assertThat(app.showing("wizard-client-why-text")).isTrue();
        app.screenshot("wizard-interpreter-mode");
    }

    @Test
    void everyChoiceOfASingleQuestionIsLabelledInPolishToo() throws Exception {
        resumeInPolishAt("bed_tonight");
        Question q = SHORT.question("bed_tonight").orElseThrow();
        assertThat(q.choices()).hasSizeGreaterThan(1);
        for (Choice c : q.choices()) {
            String id = "answer-choice-" + c.value();
            assertThat(text(app, id)).endsWith(c.label().in("nl").orElseThrow());
            assertThat(text(app, id + "-client")).isEqualTo(c.label().in("pl").orElseThrow());
        }
    }

    @Test
    void aTalkInTheWorkersOwnLanguageShowsNoSecondText() throws Exception {
        Interviews.resumableAt(dir, "short-intake.yaml", Map.of("w_safe_to_start",
                nl.baken.questionnaire.Answer.of("yes")), "danger_today");
        app = journey.start("nl");
        Interviews.unlockAndResume(app);
        app.waitFor("answer-yes");
        app.click("wizard-why");
        app.waitFor("wizard-why-text");
        assertThat(app.showing("wizard-client-intro")).isFalse();
        assertThat(app.showing("wizard-client-why-text")).isFalse();
        assertThat(app.find("answer-yes-client")).isEmpty();
        assertThat(app.<Label>waitFor("wizard-why-text").getText()).isNotEmpty();
    }
}
