package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Settings from the home screen: under the same top bar as every unlocked screen (quick-hide and lock in their
 * place), and a new language applies at once and is kept after the next unlock.
 */
class SettingsJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    @Test
    void settingsShowUnderTheTopBarAndANewLanguageIsKept() throws Exception {
        IntakeSteps.setUpVault(dir);
        app = journey.start("nl");
        IntakeSteps steps = new IntakeSteps(app);
        steps.unlock();
        assertThat(app.<Button>waitFor("home-settings").getText()).isEqualTo("Instellingen");

        app.click("home-settings");
        ComboBox<String> language = app.waitFor("settings-language");
        assertThat(app.showing("quick-hide")).as("quick-hide on the settings screen too").isTrue();
        assertThat(app.showing("lock-button")).isTrue();
        app.screenshot("settings");
        app.runOnFx(() -> language.setValue("en"));
        app.click("settings-save");

        app.waitUntil(() -> app.find("home-settings").map(n -> ((Button) n).getText().equals("Settings"))
                .orElse(false));
        app.click("lock-button");
        app.waitFor("unlock-passphrase");
        steps.unlock();
        assertThat(app.<Button>waitFor("home-settings").getText()).isEqualTo("Settings");
    }
}
