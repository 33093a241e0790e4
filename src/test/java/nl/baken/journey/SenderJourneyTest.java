package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sender organisation is asked at first setup and can be changed in Settings. */
class SenderJourneyTest {

    private static final String PASS = "mijn lange wachtwoordzin voor de test";

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    @Test
    void theSenderGivenAtSetupIsKeptAndEditableInSettings() throws Exception {
        app = journey.start("nl");
        app.waitFor("setup-name");
        app.typeInto("setup-name", "Anna de Vries");
        app.typeInto("setup-passphrase", PASS);
        app.typeInto("setup-confirm", PASS);
        app.typeInto("setup-organisation", "Gemeente Zuidwijk");
        app.typeInto("setup-organisation-contact", "010 123 45 67");
        app.click("setup-create");
        app.waitFor("recovery-code");
        app.click("recovery-written");
        app.click("recovery-continue");
        app.typeInto("unlock-passphrase", PASS);
        app.type(KeyCode.ENTER);
        app.waitFor("home-worker");
        app.waitUntil(() -> app.app().shell().session() != null
                && app.app().shell().session().referrals().organisation().name().equals("Gemeente Zuidwijk"));
        assertThat(app.app().shell().session().referrals().organisation().contact()).isEqualTo("010 123 45 67");

        app.click("home-settings");
        TextField organisation = app.waitFor("settings-organisation");
        assertThat(organisation.getText()).isEqualTo("Gemeente Zuidwijk");
        app.runOnFx(() -> organisation.setText("Gemeente Noordwijk"));
        app.click("settings-save");
        app.waitFor("home-worker");
        app.waitUntil(() -> app.app().shell().session().referrals().organisation().name()
                .equals("Gemeente Noordwijk"));
    }
}
