package nl.baken.ui;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The app's modifier shortcuts and how they are named, by the OS's conventions: Cmd (⌘) on macOS where Windows and
 * Linux use Ctrl. Lock is Ctrl+L / ⌘L, quick-hide Ctrl+Shift+H / ⇧⌘H.
 *
 * <p>The modifiers are named explicitly instead of JavaFX's {@code SHORTCUT_DOWN}, which asks the running toolkit
 * for its platform: this way each OS's mapping is the same on every OS and can be tested anywhere.
 */
public record Shortcuts(Os os, KeyCodeCombination lock, KeyCodeCombination quickHide) {

    /** The desktop conventions Baken follows; any OS that is neither Windows nor macOS follows Linux's. */
    public enum Os { WINDOWS, MAC, LINUX }

    /** The shortcuts for an OS as Java names it ({@code os.name}: "Windows 11", "Mac OS X", "Linux", ...). */
    public static Shortcuts forOsName(String osName) {
        return forOs(osOf(osName));
    }

    /** The shortcuts of the OS this JVM runs on. */
    public static Shortcuts current() {
        return forOsName(System.getProperty("os.name"));
    }

    public static Shortcuts forOs(Os os) {
        KeyCombination.Modifier command = os == Os.MAC ? KeyCombination.META_DOWN : KeyCombination.CONTROL_DOWN;
        return new Shortcuts(os, new KeyCodeCombination(KeyCode.L, command),
                new KeyCodeCombination(KeyCode.H, command, KeyCombination.SHIFT_DOWN));
    }

    /** Ctrl+F / ⌘F: to the search field of the screen on show. */
    public KeyCodeCombination find() {
        return new KeyCodeCombination(KeyCode.F, os == Os.MAC ? KeyCombination.META_DOWN : KeyCombination.CONTROL_DOWN);
    }

    static Os osOf(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Os.WINDOWS;
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Os.MAC;
        }
        return Os.LINUX;
    }

    /**
     * A shortcut as this OS's menus and manuals write it: "⇧⌘H" on macOS (symbols in Apple's order ⌃⌥⇧⌘, no
     * separators), "Ctrl+Shift+H" on Windows and Linux.
     */
    public String name(KeyCodeCombination combination) {
        StringBuilder name = new StringBuilder();
        if (os == Os.MAC) {
            append(name, combination.getControl(), "⌃", "");
            append(name, combination.getAlt(), "⌥", "");
            append(name, combination.getShift(), "⇧", "");
            append(name, combination.getMeta(), "⌘", "");
        } else {
            append(name, combination.getControl(), "Ctrl", "+");
            append(name, combination.getAlt(), "Alt", "+");
            append(name, combination.getShift(), "Shift", "+");
            append(name, combination.getMeta(), "Meta", "+");
        }
        return name.append(combination.getCode().getName()).toString();
    }

    private static void append(StringBuilder name, KeyCombination.ModifierValue value, String key, String separator) {
        if (value == KeyCombination.ModifierValue.DOWN) {
            name.append(key).append(separator);
        }
    }
}
