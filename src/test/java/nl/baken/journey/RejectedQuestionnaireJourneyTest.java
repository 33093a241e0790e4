package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import nl.baken.intake.QuestionnaireSource;
import nl.baken.intake.RejectedQuestionnaireTest;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The start screen names a broken questionnaire of the data directory (file and line), and the seeds still work. */
class RejectedQuestionnaireJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    @Test
    void theStartScreenSaysWhichFileAndLineWasNotLoadedAndOffersTheSeeds() throws Exception {
        IntakeSteps.setUpVault(dir);
        RejectedQuestionnaireTest.writeBroken(dir);
        app = journey.start("en");
        IntakeSteps steps = new IntakeSteps(app);
        steps.unlock();
        app.click("home-start-intake");

        Label rejected = app.waitFor("start-questionnaire-rejected");
        assertThat(rejected.getText()).startsWith("The questionnaire questionnaires/eigen-lijst.yaml in the data "
                + "directory was not loaded, line " + RejectedQuestionnaireTest.BROKEN_LINE + ": ");
        ComboBox<QuestionnaireSource> choice = app.waitFor("start-questionnaire");
        assertThat(choice.getItems()).extracting(s -> s.questionnaire().id())
                .containsExactly("intake-kort", "intake-mensenhandel");

        steps.choose("intake-kort", "en", null);
        app.click("start-continue");
        app.waitFor("consent-store-given");
    }
}
