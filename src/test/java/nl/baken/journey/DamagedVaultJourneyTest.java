package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.baken.backup.BackupService;
import nl.baken.backup.Progress;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A vault whose database was cut in half (a failing disk, a copy broken off): the unlock shows the damaged-vault
 * screen, whose "Back-up terugzetten" leads to the restore screen. It says it cannot count the vault now, replaces it
 * with the backup, and the backup then opens with the passphrase, in the same run of the app. Screenshots:
 * damaged-vault, restore-damaged.
 */
class DamagedVaultJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();

    @Test
    void aDamagedVaultIsReplacedByABackupFromItsOwnScreen() throws Exception {
        Path data = dir.resolve("data");
        Path backup = Files.createDirectories(dir.resolve("usb")).resolve("baken-backup.bkb");
        IntakeSteps.setUpVault(data);
        try (UnlockedVault open = new Vault(new DataDirectory(data)).unlock("Anna", IntakeSteps.PASS.toCharArray())) {
            new BackupService(Clock.systemUTC(), new SecureRandom(), "test").create(open, backup, Progress.NONE);
        }
        Path db = new DataDirectory(data).databaseFile();
        byte[] whole = Files.readAllBytes(db);
        Files.write(db, Arrays.copyOf(whole, whole.length / 2));

        AppDriver app = journey.start(data, "nl");
        app.runOnFx(() -> app.app().shell().chooseBackupFilesWith(owner -> Optional.of(backup)));
        app.typeInto("unlock-passphrase", IntakeSteps.PASS);
        app.type(KeyCode.ENTER);
        app.waitFor("damaged-restore");
        assertThat(app.<Label>waitFor("damaged-message").getText()).isNotBlank();
        app.screenshot("damaged-vault");
        System.out.println("DAMAGED " + app.<Label>waitFor("damaged-message").getText() + " / " + app.<Label>waitFor("damaged-where").getText());

        app.click("damaged-restore");
        app.click("restore-choose");
        app.typeInto("restore-secret", IntakeSteps.PASS);
        app.click("restore-read");
        app.waitLong(() -> app.showing("restore-replace") || !message(app).isEmpty() && !message(app).endsWith("…"));
        assertThat(message(app)).as("no failure while reading the backup").isEmpty();
        assertThat(app.<Label>waitFor("restore-account").getText())
                .as("the damaged vault cannot be counted, and the account says so")
                .contains("beschadigd").contains("helemaal vervangen");
        app.screenshot("restore-damaged");
        app.click("restore-replace");
        app.waitLong(() -> app.showing("unlock-passphrase"));

        new IntakeSteps(app).unlock();
        assertThat(app.app().shell().session()).as("the restored vault opens in the same run").isNotNull();
    }

    private static String message(AppDriver app) {
        return app.<Label>waitFor("restore-message").getText();
    }
}
