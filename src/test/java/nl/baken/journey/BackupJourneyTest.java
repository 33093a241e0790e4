package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The vault's life in the app: the home screen reminds of a missing backup; "Back-up maken" writes one to the
 * chosen folder and verifies it (OK with the counts); "Sleutel vernieuwen" gives a new key and a new recovery code
 * and locks; then "Back-up terugzetten" from the unlock screen says what it replaces and puts the backup in place,
 * which opens with the passphrase. Screenshots: backup, rekey, restore.
 */
class BackupJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();

    @Test
    void backupRekeyAndRestoreFromTheUnlockScreen() throws Exception {
        Path data = dir.resolve("data");
        Path usb = Files.createDirectories(dir.resolve("usb"));
        IntakeSteps.setUpVault(data);
        AppDriver app = journey.start(data, "nl");
        IntakeSteps steps = new IntakeSteps(app);
        steps.unlock();
        assertThat(app.<Label>waitFor("backup-reminder-due").getText()).contains("nog geen gecontroleerde back-up");

        app.runOnFx(() -> app.app().shell().showBackup(owner -> Optional.of(usb)));
        app.click("backup-choose");
        assertThat(app.<CheckBox>waitFor("backup-verify").isSelected()).as("Controleren by default").isTrue();
        app.click("backup-create");
        Label result = app.waitFor("backup-result");
        app.waitLong(() -> result.getText().startsWith("OK"));
        assertThat(result.getText()).contains("gecontroleerd").contains("0 dossiers");
        Path file = onlyBackupIn(usb);
        app.screenshot("backup");

        app.runOnFx(() -> app.app().shell().showRekey());
        app.typeInto("rekey-own", IntakeSteps.PASS);
        app.screenshot("rekey");
        app.click("rekey-start");
        app.waitLong(() -> app.showing("recovery-code"));
        assertThat(app.app().shell().session()).as("locked after the rekey").isNull();
        app.click("recovery-written");
        app.click("recovery-continue");

        assertThat(app.showing("unlock-restore") || app.waitFor("unlock-restore") != null).isTrue();
        app.runOnFx(() -> app.app().shell().showRestore(List.of("Anna"), owner -> Optional.of(file)));
        app.click("restore-choose");
        app.typeInto("restore-secret", IntakeSteps.PASS);
        app.click("restore-read");
        app.waitLong(() -> app.showing("restore-replace"));
        assertThat(app.<Label>waitFor("restore-account").getText()).contains("0 dossiers")
                .contains("worden allemaal vervangen");
        app.screenshot("restore");
        app.click("restore-replace");
        app.waitLong(() -> app.showing("unlock-passphrase"));
        steps.unlock();
        assertThat(app.app().shell().session()).isNotNull();
    }

    private static Path onlyBackupIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).startsWith("baken-backup-").endsWith(".bkb");
            return all.get(0);
        }
    }

}
