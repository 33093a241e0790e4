package nl.baken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Lock and quick-hide keys by each OS's convention (Cmd on macOS, Ctrl elsewhere), checked on whatever OS runs this. */
class ShortcutsTest {

    private static KeyEvent press(KeyCode code, boolean shift, boolean ctrl, boolean alt, boolean meta) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, ctrl, alt, meta);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mac OS X", "macOS", "Darwin"})
    void onMacCommandLocksAndHidesNotControl(String osName) {
        Shortcuts mac = Shortcuts.forOsName(osName);
        assertThat(mac.os()).isEqualTo(Shortcuts.Os.MAC);
        assertThat(mac.lock().match(press(KeyCode.L, false, false, false, true))).as("⌘L").isTrue();
        assertThat(mac.lock().match(press(KeyCode.L, false, true, false, false))).as("Ctrl+L on a Mac").isFalse();
        assertThat(mac.quickHide().match(press(KeyCode.H, true, false, false, true))).as("⇧⌘H").isTrue();
        assertThat(mac.quickHide().match(press(KeyCode.H, false, false, false, true)))
                .as("⌘H is macOS's own Hide, which does not lock").isFalse();
        assertThat(mac.quickHide().match(press(KeyCode.H, true, true, false, false))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Windows 11", "Windows 10", "Windows Server 2022", "Linux", "FreeBSD", ""})
    void onWindowsAndLinuxControlLocksAndHidesNotMeta(String osName) {
        Shortcuts pc = Shortcuts.forOsName(osName);
        assertThat(pc.os()).isNotEqualTo(Shortcuts.Os.MAC);
        assertThat(pc.lock().match(press(KeyCode.L, false, true, false, false))).as("Ctrl+L").isTrue();
        assertThat(pc.lock().match(press(KeyCode.L, false, false, false, true))).as("Meta/Windows key+L").isFalse();
        assertThat(pc.lock().match(press(KeyCode.L, true, true, false, false))).as("Ctrl+Shift+L").isFalse();
        assertThat(pc.quickHide().match(press(KeyCode.H, true, true, false, false))).as("Ctrl+Shift+H").isTrue();
        assertThat(pc.quickHide().match(press(KeyCode.H, false, true, false, false))).isFalse();
        assertThat(pc.quickHide().match(press(KeyCode.H, true, false, false, true))).isFalse();
    }

    @Test
    void osNamesAreTheOnesJavaReports() {
        assertThat(Shortcuts.forOsName("Windows 11").os()).isEqualTo(Shortcuts.Os.WINDOWS);
        assertThat(Shortcuts.forOsName("Linux").os()).isEqualTo(Shortcuts.Os.LINUX);
        assertThat(Shortcuts.forOsName(null).os()).isEqualTo(Shortcuts.Os.LINUX);
    }

    @Test
    void shortcutsAreNamedAsEachOsWritesThemInMenus() {
        Shortcuts mac = Shortcuts.forOs(Shortcuts.Os.MAC);
        assertThat(mac.name(mac.lock())).isEqualTo("⌘L");
        assertThat(mac.name(mac.quickHide())).isEqualTo("⇧⌘H");
        for (Shortcuts.Os os : new Shortcuts.Os[] {Shortcuts.Os.WINDOWS, Shortcuts.Os.LINUX}) {
            Shortcuts pc = Shortcuts.forOs(os);
            assertThat(pc.name(pc.lock())).isEqualTo("Ctrl+L");
            assertThat(pc.name(pc.quickHide())).isEqualTo("Ctrl+Shift+H");
        }
    }
}
