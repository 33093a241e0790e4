package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import nl.baken.cases.CaseFile;
import nl.baken.referral.Partner;
import nl.baken.referral.Referral;
import nl.baken.referral.ReferralStatus;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** From a finished intake with consent to a saved, protected referral, through the whole app, headless. */
class ReferralJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    @Test
    void finishedIntakeToSavedReferralWithThePasswordShownOnce() throws Exception {
        Path data = dir.resolve("data");
        CaseFile c;
        try (TestVault vault = TestVault.in(data)) {
            c = ReferralCases.finishedIntake(vault, "shelter");
        }
        Path target = dir.resolve("out").resolve("verwijzing.pdf");
        Files.createDirectories(target.getParent());

        app = journey.start(data, "nl");
        app.typeInto("unlock-passphrase", TestVault.PASSPHRASE);
        app.type(KeyCode.ENTER);
        app.waitFor("home-worker");
        app.screenshot("referral-home");

        // From the home screen: Verwijzen, then the case with the finished intake.
        app.click("home-refer");
        ListView<CaseFile> cases = app.waitFor("referral-cases");
        app.waitUntil(() -> cases.getItems().size() == 1);
        assertThat(cases.getItems().get(0).reference()).isEqualTo(c.reference());
        app.runOnFx(() -> cases.getSelectionModel().select(0));
        app.click("referral-cases-refer");
        app.waitFor("referral-partners");
        app.click("referral-close");
        app.waitFor("home-worker");

        // The same screen with the save target fixed, as a file chooser would give it.
        app.runOnFx(() -> app.app().shell().showReferral(c.id(), (owner, name) -> Optional.of(target)));
        ListView<Partner> partners = app.waitFor("referral-partners");
        app.waitUntil(() -> !partners.getItems().isEmpty());
        app.runOnFx(() -> partners.getSelectionModel().select(partners.getItems().stream()
                .filter(p -> p.id().equals("comensha")).findFirst().orElseThrow()));
        app.screenshot("referral-partner");
        app.click("referral-next");

        CheckBox shelter = app.waitFor("referral-item-wants_shelter");
        assertThat(shelter.isSelected()).isTrue();
        assertThat(app.lookup("#referral-item-labour_hours_day").tryQuery()).isPresent();
        assertThat(app.<CheckBox>waitFor("referral-item-labour_hours_day").isSelected()).isFalse();
        assertThat(app.lookup("#referral-item-injuries").tryQuery()).isPresent();
        assertThat(app.<CheckBox>waitFor("referral-include-name").isSelected()).isFalse();
        // Adding an answer outside share asks for a reason before the preview.
        // (The item sits far down the scrolling list: ticked and typed on the FX thread.)
        CheckBox hours = app.waitFor("referral-item-labour_hours_day");
        app.runOnFx(() -> hours.setSelected(true));
        assertThat(app.lookup("#referral-preview").queryButton().isDisabled()).isTrue();
        javafx.scene.control.TextField reason = app.waitFor("referral-reason-labour_hours_day");
        app.runOnFx(() -> reason.setText("Nodig om een passende plek te vinden"));
        app.waitUntil(() -> !app.lookup("#referral-preview").queryButton().isDisabled());
        app.screenshot("referral-items");
        app.click("referral-preview");

        app.waitFor("referral-preview-pages");
        // Saved under target/screenshots; copy it to docs/screenshots by hand when the screen changes.
        assertThat(app.screenshot("referral-preview")).exists();
        assertThat(target).doesNotExist();

        // No sender organisation is set: the first press warns before "(nog niet ingesteld)" reaches a PDF.
        app.click("referral-save");
        assertThat(app.<Label>waitFor("referral-notice").getText()).startsWith("Er is nog geen afzender ingesteld");
        assertThat(target).doesNotExist();
        app.click("referral-save");
        Label password = app.waitFor("referral-password");
        String pw = password.getText();
        assertThat(pw).matches("([a-z2-9]{5}-){4}[a-z2-9]{5}");
        assertThat(app.<Label>waitFor("referral-password-advice").getText()).contains("telefonisch");
        app.screenshot("referral-password");
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(target), pw)) {
            assertThat(doc.getEncryption().getRevision()).isEqualTo(6);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(c.reference(), "Hoeveel uur per dag werkte u meestal?")
                    .doesNotContain("Andrei").doesNotContain("Heeft u verwondingen of pijn");
        }

        // Done: the password is gone from the screen; the referral is on the case, and its status can change.
        app.click("referral-done");
        ListView<Referral> history = app.waitFor("referral-history");
        app.waitUntil(() -> history.getItems().size() == 1);
        assertThat(app.showing("referral-password")).isFalse();
        // Saved is not sent: the worker says when it has gone.
        assertThat(history.getItems().get(0).status()).isEqualTo(ReferralStatus.SAVED);
        app.runOnFx(() -> history.getSelectionModel().select(0));
        app.runOnFx(() -> app.lookup("#referral-status-sent").queryButton().fire());
        app.waitUntil(() -> history.getItems().get(0).status() == ReferralStatus.SENT);
        app.runOnFx(() -> history.getSelectionModel().select(0));
        // (The list of earlier referrals sits below the partners: filled in on the FX thread.)
        javafx.scene.control.TextField note = app.waitFor("referral-status-note");
        app.runOnFx(() -> note.setText("Plek vanaf maandag"));
        app.runOnFx(() -> app.lookup("#referral-status-accepted").queryButton().fire());
        app.waitUntil(() -> history.getItems().get(0).status() == ReferralStatus.ACCEPTED);
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("verwijzing.pdf");
        }
    }
}
