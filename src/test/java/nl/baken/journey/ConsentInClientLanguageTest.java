package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ui.ConsentView;
import nl.baken.i18n.ClientTexts;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16, item 9: in an intake with a Polish, Romanian or Bulgarian client, the consent step shows every text the
 * person hears in their language too, below the worker's; in a Dutch talk it shows none.
 */
class ConsentInClientLanguageTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    @Test
    void everyPurposeAndTheNoRecordScreenStandInTheClientsLanguage() throws Exception {
        IntakeSteps.setUpVault(dir);
        app = journey.start("nl");
        IntakeSteps steps = new IntakeSteps(app);
        steps.unlock();
        for (String lang : ClientTexts.LANGUAGES) {
            ClientTexts client = ClientTexts.of(lang, "nl").orElseThrow();
            steps.startNewCase("intake-kort", lang, "start-interpreter-phone");
            app.waitFor("consent-store-given");
            // heardKeys lists each purpose's title and text, in the order of the purposes.
            List<String> keys = ConsentView.heardKeys();
            List<ConsentPurpose> purposes = ConsentPurpose.all();
            for (int i = 0; i < purposes.size(); i++) {
                ConsentPurpose p = purposes.get(i);
                String id = "consent-" + p.code().replace(':', '-').replace('_', '-');
                assertThat(app.<Label>waitFor(id + "-client-title").getText()).as(lang + " " + p.code())
                        .isEqualTo(client.text(keys.get(2 * i)).orElseThrow());
                assertThat(app.<Label>waitFor(id + "-client-text").getText()).as(lang + " " + p.code())
                        .isEqualTo(client.text(keys.get(2 * i + 1)).orElseThrow());
            }
            assertThat(app.<Label>waitFor("consent-store-client-text").getText())
                    .isEqualTo(client.text("consent.store.text").orElseThrow());
            if (lang.equals("pl")) {
                app.screenshot("consent-polish");
            }
            app.click("consent-store-declined");
            app.click("consent-save");
            assertThat(app.<Label>waitFor("consent-no-record-client").getText())
                    .isEqualTo(client.text("consent.no_record.body").orElseThrow());
            app.click("consent-reconsider");
            app.click("consent-back");
            app.waitFor("home-start-intake");
        }
        steps.startNewCase("intake-kort", "nl", null);
        app.waitFor("consent-store-given");
        assertThat(app.showing("consent-store-client-text")).as("a Dutch talk has one language").isFalse();
    }

    @Test
    void everyTextThePersonHearsIsGivenInEveryClientLanguage() {
        List<String> heard = new java.util.ArrayList<>(ConsentView.heardKeys());
        heard.addAll(List.of("intake.answer.yes", "intake.answer.no"));
        nl.baken.i18n.Messages dutch = nl.baken.i18n.Messages.of("nl");
        for (String lang : ClientTexts.LANGUAGES) {
            ClientTexts client = ClientTexts.of(lang, "nl").orElseThrow();
            for (String key : heard) {
                assertThat(dutch.has(key)).as(key + " is a key of the app").isTrue();
                assertThat(client.text(key)).as(lang + " " + key).isPresent().get().asString().isNotBlank()
                        .isNotEqualTo(dutch.text(key));
            }
        }
    }
}
