package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import nl.baken.cases.CaseFile;
import nl.baken.referral.ReferralStatus;
import nl.baken.session.UnlockedServices;
import nl.baken.support.AppDriver;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Dossier wissen" through the whole app, headless: the confirmation names what is lost (singular and plural), warns
 * of the referral in progress and keeps its button off until that is ticked too; the erasure then runs in the
 * background, home follows, and the case is gone from the vault. Screenshot: docs/screenshots/erase-case.png.
 */
class EraseCaseJourneyTest {

    @TempDir
    Path dir;
    AppDriver app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theConfirmationNamesWhatIsLostAndTheErasureLeadsHome() throws Exception {
        Path data = dir.resolve("data");
        CaseFile c;
        try (TestVault vault = TestVault.in(data);
             UnlockedServices s = UnlockedServices.open(vault.open(), Clock.systemUTC(), null)) {
            c = ReferralCases.finishedIntakeByTester(vault, "shelter");
            s.desk().addNote(c.id(), "Belde zelf", s.workerId());
            s.referrals().recordDemo(c.id(), s.referrals().partner("comensha").orElseThrow(), List.of(),
                    ReferralStatus.SENT, OffsetDateTime.now(), s.workerId()).orElseThrow();
        }
        app = new AppDriver(data).start("nl");
        app.typeInto("unlock-passphrase", TestVault.PASSPHRASE);
        app.click("unlock-button");
        app.waitFor("home-worker");
        app.runOnFx(() -> app.app().shell().showCase(c.id()));
        app.waitFor("case-erase");
        app.click("case-erase");
        app.waitFor("erase-loss-5");
        assertThat(app.<Label>waitFor("erase-title").getText()).isEqualTo("Dossier " + c.reference() + " wissen");
        assertThat(text("erase-loss-0")).isEqualTo("• 1 intake");
        assertThat(text("erase-loss-1")).matches("• [0-9]+ antwoorden");
        assertThat(text("erase-loss-2")).isEqualTo("• 2 toestemmingsbesluiten");
        assertThat(text("erase-loss-3")).isEqualTo("• 1 verwijzing");
        assertThat(text("erase-loss-5")).isEqualTo("• 1 notitie");
        assertThat(text("erase-referral-warning")).startsWith("Let op: 1 verwijzing loopt nog.");
        assertThat(app.<Button>waitFor("erase-confirm").isDisabled()).as("not before the referral is ticked").isTrue();
        app.click("erase-despite-referral");
        app.waitUntil(() -> !app.<Button>waitFor("erase-confirm").isDisabled());
        app.screenshot("erase-case");

        app.click("erase-confirm");
        app.waitUntil(() -> !app.showing("erase-confirm") && app.showing("home-worker"));
        // The session is the vault reopened on the rewritten file: the case is gone, its erasure recorded.
        UnlockedServices after = app.app().shell().session();
        assertThat(after.desk().find(c.id())).isEmpty();
        assertThat(after.audit().entries()).anyMatch(e -> e.event().equals("CASE_ERASED")
                && c.id().equals(e.subject()));
    }

    private String text(String id) {
        return app.<Label>waitFor(id).getText();
    }
}
