package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.audit.AuditEvent;
import nl.baken.cases.CaseFile;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentSigner;
import nl.baken.support.AppDriver;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case page's reports card, through the whole app, headless: the access export and the CoMensha registration
 * saved from their buttons, each password shown once and opening its file; one audit entry each.
 */
class CaseReportsJourneyTest {

    @TempDir
    Path dir;
    AppDriver app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    private static String text(Path pdf, String password) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf), password)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private String passwordShown() {
        app.waitUntil(() -> app.find("report-password").map(n -> ((Label) n).getText()).filter(t -> t != null
                && !t.isEmpty()).isPresent() && app.showing("report-password"));
        Label password = app.waitFor("report-password");
        // The whole card in view, its title included, for the screenshot.
        app.runOnFx(() -> nl.baken.ui.Controls.ensureVisible(app.lookup("#case-reports").query()));
        app.runOnFx(() -> nl.baken.ui.Controls.ensureVisible(password));
        return password.getText();
    }

    @Test
    void bothReportsAreSavedFromTheCasePageWithTheirPasswordsShownOnce() throws Exception {
        Path data = dir.resolve("data");
        CaseFile c;
        try (TestVault vault = TestVault.in(data)) {
            c = ReferralCases.finishedIntakeByTester(vault, "shelter");
            vault.consent().record(c.id(), ConsentPurpose.COMENSHA, ConsentDecision.GIVEN,
                    Optional.of(ConsentSigner.PERSON), true, vault.open().workerId());
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        app = new AppDriver(data).start("nl");
        app.typeInto("unlock-passphrase", TestVault.PASSPHRASE);
        app.type(KeyCode.ENTER);
        app.waitFor("home-worker");
        app.runOnFx(() -> app.app().shell().showCase(c.id(),
                (owner, title, name) -> Optional.of(out.resolve(name))));
        app.waitFor("case-reports");

        app.click("report-access-export");
        String accessPassword = passwordShown();
        app.screenshot("access-export");
        Path access = out.resolve("inzage-" + c.reference() + ".pdf");
        assertThat(text(access, accessPassword)).contains("Inzage: alles wat Baken over u bewaart", c.reference(),
                "Andrei");
        app.click("report-password-done");
        app.waitUntil(() -> !app.showing("report-password"));

        app.click("report-comensha-export");
        String comenshaPassword = passwordShown();
        assertThat(comenshaPassword).isNotEqualTo(accessPassword);
        assertThat(app.<Label>waitFor("report-status").getText()).contains("De melding is opgeslagen.",
                "Meldende organisatie");
        app.screenshot("comensha-export");
        String registration = text(out.resolve("comensha-" + c.reference() + ".pdf"), comenshaPassword);
        assertThat(registration).contains("Melding aan CoMensha", c.reference()).doesNotContain("Andrei");
        app.click("report-password-done");

        app.runOnFx(() -> app.app().shell().lock());
        app.waitFor("unlock-passphrase");
        app.stop();
        app = null;
        try (TestVault vault = TestVault.in(data)) {
            assertThat(vault.audit().entries()).filteredOn(e -> e.event().endsWith("_EXPORT")
                    && !e.event().startsWith("REFERRAL")).extracting(AuditEvent::event, AuditEvent::subject)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ACCESS_EXPORT", c.id()),
                            org.assertj.core.groups.Tuple.tuple("COMENSHA_EXPORT", c.id()));
        }
    }
}
