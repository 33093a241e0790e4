package nl.baken.ui;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The system clipboard for a secret (a referral password): it remembers what it put there, so the lock, quick-hide
 * and closing the app can clear it at once instead of waiting for the 30 s timer. FX thread only.
 */
public final class ClipboardSecrets {

    private static String held;

    private ClipboardSecrets() {
    }

    /** Puts the secret on the clipboard. */
    public static void put(String secret) {
        ClipboardContent content = new ClipboardContent();
        content.putString(secret);
        Clipboard.getSystemClipboard().setContent(content);
        held = secret;
    }

    /** True while the clipboard still holds this secret. */
    public static boolean holds(String secret) {
        return secret != null && secret.equals(Clipboard.getSystemClipboard().getString());
    }

    /** Clears the clipboard if it still holds the last secret put there (something copied since is left alone). */
    public static void clearIfHeld() {
        if (held != null && holds(held)) {
            Clipboard.getSystemClipboard().clear();
        }
        held = null;
    }
}
