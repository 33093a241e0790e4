package nl.baken.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Quick-hide: three presses of Shift within five seconds (or the quick-hide button, always in the top bar) call
 * back at once, so the window can be blanked and locked when someone walks in. A held Shift counts once.
 */
public final class QuickHide {

    /** The window within which the three presses must fall. */
    public static final long WINDOW_MILLIS = 5_000;
    private static final int PRESSES = 3;

    private final Runnable onHide;
    private final LongSupplier clock;
    private final Deque<Long> presses = new ArrayDeque<>();
    private boolean shiftDown;

    public QuickHide(Runnable onHide, LongSupplier clockMillis) {
        this.onHide = onHide;
        this.clock = clockMillis;
    }

    /** Watches a scene's keys (before any control sees them); Shift is never consumed, so typing still works. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SHIFT) {
                shiftPressed();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SHIFT) {
                shiftReleased();
            }
        });
    }

    /** A Shift press; a key repeat while it is held does not count. Returns true when this press hid. */
    public boolean shiftPressed() {
        if (shiftDown) {
            return false;
        }
        shiftDown = true;
        long now = clock.getAsLong();
        presses.addLast(now);
        while (!presses.isEmpty() && now - presses.peekFirst() > WINDOW_MILLIS) {
            presses.removeFirst();
        }
        if (presses.size() >= PRESSES) {
            presses.clear();
            onHide.run();
            return true;
        }
        return false;
    }

    public void shiftReleased() {
        shiftDown = false;
    }

    /** The always-visible button; its text and accessible text say what it does. */
    public Button button(String text) {
        Button b = Controls.button("quick-hide", text, "mdmz-visibility_off");
        b.setFocusTraversable(true);
        b.setOnAction(e -> onHide.run());
        return b;
    }
}
