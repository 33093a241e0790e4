package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Journeys through the vault screens, driven by keyboard and mouse on the whole app, headless. */
class VaultJourneyTest {

    private static final String PASS = "mijn lange wachtwoordzin voor de test";

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    @Test
    void setupThenUnlockThenLockWithCtrlLThenUnlockAgain() throws Exception {
        app = journey.start("nl");
        app.waitFor("setup-name");
        app.screenshot("vault-setup");
        app.typeInto("setup-name", "Anna de Vries");
        app.typeInto("setup-passphrase", PASS);
        app.typeInto("setup-confirm", PASS);
        assertThat(app.<Label>waitFor("setup-hint").getText()).isEqualTo("Sterk.");
        app.click("setup-create");

        Label code = app.waitFor("recovery-code");
        assertThat(code.getText()).matches("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");
        assertThat(app.lookup("#recovery-continue").queryButton().isDisabled()).isTrue();
        app.click("recovery-written");
        app.click("recovery-continue");

        // Unlock by keyboard: the passphrase field has focus; Enter unlocks.
        app.waitFor("unlock-passphrase");
        app.screenshot("vault-unlock");
        app.typeInto("unlock-passphrase", PASS);
        app.type(KeyCode.ENTER);
        Label worker = app.waitFor("home-worker");
        assertThat(worker.getText()).contains("Anna de Vries");
        assertThat(app.stage().getTitle()).isEqualTo("Baken");
        app.screenshot("home");

        // Ctrl+L locks: the home view is discarded before the unlock screen appears.
        app.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        app.waitFor("unlock-passphrase");
        assertThat(app.showing("home-worker")).isFalse();
        assertThat(app.app().shell().session()).isNull();

        // A wrong passphrase gets a plain message and a wait, never a stack trace.
        app.typeInto("unlock-passphrase", "dit is niet goed genoeg");
        app.type(KeyCode.ENTER);
        // Argon2id runs after the lock's close on the one worker thread: seconds on a loaded machine.
        app.waitLong(() -> app.<Label>waitFor("unlock-message").getText().startsWith("Deze wachtwoordzin klopt niet."));
        assertThat(app.lookup("#unlock-button").queryButton().isDisabled()).isTrue();
        app.waitUntil(() -> !app.lookup("#unlock-button").queryButton().isDisabled()
                || app.lookup("#unlock-passphrase").queryTextInputControl().getText().isEmpty());

        // Then the right one, with the mouse this time.
        app.typeInto("unlock-passphrase", PASS);
        app.waitUntil(() -> !app.lookup("#unlock-button").queryButton().isDisabled());
        app.click("unlock-button");
        app.waitFor("home-worker");
        app.click("lock-button");
        app.waitFor("unlock-passphrase");
        assertThat(Files.exists(dir.resolve("keyslots.json"))).isTrue();
    }

    @Test
    void autoLockAfterIdleTime() throws Exception {
        new Vault(new DataDirectory(dir)).setUp("anna", PASS.toCharArray());
        Files.writeString(dir.resolve("preferences.properties"), "language=en\nautolock.seconds=2\n");
        app = journey.start(null);
        app.typeInto("unlock-passphrase", PASS);
        app.type(KeyCode.ENTER);
        app.waitFor("home-worker");
        assertThat(app.lookup("#lock-button").queryButton().getText()).isEqualTo("Lock");
        // No input for two seconds: the app locks by itself.
        app.waitFor("unlock-passphrase");
        assertThat(app.showing("home-worker")).isFalse();
        assertThat(app.app().shell().session()).isNull();
    }

    @Test
    void theAdministratorAddsAndRemovesAWorker() throws Exception {
        new Vault(new DataDirectory(dir)).setUp("anna", PASS.toCharArray());
        app = journey.start("en");
        app.typeInto("unlock-passphrase", PASS);
        app.type(KeyCode.ENTER);
        app.click("home-workers");
        app.typeInto("workers-name", "Bram");
        app.typeInto("workers-passphrase", "bram kiest zijn eigen zin");
        app.typeInto("workers-confirm", "bram kiest zijn eigen zin");
        app.click("workers-add");
        app.waitUntil(() -> app.lookup("#workers-list").queryListView().getItems().contains("Bram"));
        assertThat(new Vault(new DataDirectory(dir)).workerNames()).containsExactly("anna", "Bram");

        app.runOnFx(() -> app.lookup("#workers-list").queryListView().getSelectionModel().select("Bram"));
        app.click("workers-remove");
        assertThat(app.lookup("#workers-rekey-after").queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .as("a new key right after the removal is offered, ticked").isTrue();
        app.type(KeyCode.ENTER); // confirms the dialog (OK is its default button)
        // Then the administrator's rekey screen, so a copied old keyslots.json opens nothing (issue 14).
        app.waitFor("rekey-own");
        assertThat(new Vault(new DataDirectory(dir)).workerNames()).containsExactly("anna");
    }

    @Test
    void minimisingTheWindowLocks() throws Exception {
        new Vault(new DataDirectory(dir)).setUp("anna", PASS.toCharArray());
        app = journey.start("nl");
        app.typeInto("unlock-passphrase", PASS);
        app.type(KeyCode.ENTER);
        app.waitFor("home-worker");
        app.runOnFx(() -> app.stage().setIconified(true));
        app.waitUntil(() -> app.app().shell().session() == null);
        app.runOnFx(() -> app.stage().setIconified(false));
        app.waitFor("unlock-passphrase");
        assertThat(app.showing("home-worker")).isFalse();
    }

    @Test
    void aDamagedKeyFileGetsAClearMessage() throws Exception {
        new Vault(new DataDirectory(dir)).setUp("anna", PASS.toCharArray());
        Files.writeString(dir.resolve("keyslots.json"), "{ broken");
        app = journey.start("en");
        Label message = app.waitFor("problem-message");
        assertThat(message.getText()).contains("keyslots.json").contains("Nothing was changed");
        assertThat(Files.readString(dir.resolve("keyslots.json"))).isEqualTo("{ broken");
    }
}
