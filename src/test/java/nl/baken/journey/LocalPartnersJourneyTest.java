package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import nl.baken.referral.LocalPartnersTest;
import nl.baken.referral.Partner;
import nl.baken.support.AppDriver;
import nl.baken.support.IntakeSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data directory's partners.yaml is read at unlock: a valid one adds its partners, a broken one is told to the
 * worker in their language with its line, and adds nothing.
 */
class LocalPartnersJourneyTest {

    @TempDir
    Path dir;
    AppDriver app;

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void aBrokenFileIsToldAtUnlockWithItsLineAndAddsNothing() throws Exception {
        IntakeSteps.setUpVault(dir);
        Files.writeString(dir.resolve("partners.yaml"), LocalPartnersTest.BROKEN);
        app = new AppDriver(dir).start("nl");
        new IntakeSteps(app).unlock();

        DialogPane notice = app.waitFor("partners-refused");
        assertThat(notice.getContentText())
                .startsWith("partners.yaml in de gegevensmap is niet ingelezen")
                .contains("\npartners.yaml:4:");
        app.screenshot("headless-partners-refused", notice.getScene());
        assertThat(partnerIds()).contains("comensha").doesNotContain("wijkteam-zuid");
    }

    @Test
    void aValidFileAddsItsPartnersAtUnlockWithoutANotice() throws Exception {
        IntakeSteps.setUpVault(dir);
        Files.writeString(dir.resolve("partners.yaml"), LocalPartnersTest.GOOD);
        app = new AppDriver(dir).start("en");
        new IntakeSteps(app).unlock();
        app.waitFor("home-start-intake");

        app.waitUntil(() -> partnerIds().contains("wijkteam-zuid"));
        assertThat(app.showing("partners-refused")).isFalse();
    }

    private java.util.List<String> partnerIds() {
        return app.app().shell().session().referrals().partners().stream().map(Partner::id).toList();
    }
}
