package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import nl.baken.cases.CaseFile;
import nl.baken.referral.Partner;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A referral password copied to the clipboard is gone from it at the lock and at exit, not only after 30 s. */
class ClipboardJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    private static String clipboard() throws Exception {
        CompletableFuture<String> text = new CompletableFuture<>();
        Platform.runLater(() -> text.complete(Clipboard.getSystemClipboard().getString()));
        return text.get(10, TimeUnit.SECONDS);
    }

    /** Unlocks, saves a referral and copies its password; returns the password. */
    private String copiedPassword() throws Exception {
        Path data = dir.resolve("data");
        CaseFile c;
        try (TestVault vault = TestVault.in(data)) {
            c = ReferralCases.finishedIntake(vault, "shelter");
        }
        Path target = Files.createDirectories(dir.resolve("out")).resolve("verwijzing.pdf");
        app = journey.start(data, "nl");
        app.typeInto("unlock-passphrase", TestVault.PASSPHRASE);
        app.type(KeyCode.ENTER);
        app.waitFor("home-worker");
        app.runOnFx(() -> app.app().shell().showReferral(c.id(), (owner, name) -> Optional.of(target)));
        ListView<Partner> partners = app.waitFor("referral-partners");
        app.waitUntil(() -> !partners.getItems().isEmpty());
        app.runOnFx(() -> partners.getSelectionModel().select(partners.getItems().stream()
                .filter(p -> p.id().equals("comensha")).findFirst().orElseThrow()));
        app.click("referral-next");
        app.waitFor("referral-item-wants_shelter");
        app.click("referral-preview");
        app.waitFor("referral-preview-pages");
        app.click("referral-save");
        app.waitFor("referral-notice");
        app.click("referral-save");
        String pw = app.<Label>waitFor("referral-password").getText();
        app.click("referral-copy");
        assertThat(clipboard()).isEqualTo(pw);
        return pw;
    }

    @Test
    void theLockClearsTheClipboardAtOnce() throws Exception {
        copiedPassword();
        app.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        app.waitFor("unlock-passphrase");
        assertThat(clipboard()).isNull();
    }

    @Test
    void closingTheAppClearsTheClipboard() throws Exception {
        copiedPassword();
        app.runOnFx(() -> app.app().stop());
        assertThat(clipboard()).isNull();
    }
}
