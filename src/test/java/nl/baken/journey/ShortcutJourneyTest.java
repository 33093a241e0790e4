package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.IntakeSteps;
import nl.baken.ui.Shortcuts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The app registers this OS's shortcuts from {@link Shortcuts} (each OS's mapping is in {@code ShortcutsTest}):
 * quick-hide's shortcut blanks and locks, and the top bar's buttons name their shortcuts the OS's way.
 */
class ShortcutJourneyTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    @Test
    void theQuickHideShortcutLocksAndTheButtonsNameTheirShortcuts() throws Exception {
        Shortcuts keys = Shortcuts.current();
        IntakeSteps.setUpVault(dir);
        app = journey.start("nl");
        IntakeSteps steps = new IntakeSteps(app);
        steps.unlock();
        app.click("home-settings");
        app.waitFor("settings-language");
        assertThat(app.<Button>waitFor("lock-button").getTooltip().getText())
                .isEqualTo("Vergrendelt Baken nu. Sneltoets: " + keys.name(keys.lock()));
        assertThat(app.<Button>waitFor("quick-hide").getTooltip().getText())
                .endsWith("\nSneltoets: " + keys.name(keys.quickHide()));

        KeyCode command = keys.os() == Shortcuts.Os.MAC ? KeyCode.COMMAND : KeyCode.CONTROL;
        app.press(command).press(KeyCode.SHIFT).press(KeyCode.H).release(KeyCode.H).release(KeyCode.SHIFT)
                .release(command);
        app.waitFor("unlock-passphrase");
        assertThat(app.showing("settings-language")).isFalse();
        assertThat(app.app().shell().session()).isNull();
    }
}
