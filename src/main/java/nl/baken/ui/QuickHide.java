package nl.baken.ui;

import java.util.function.LongSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Quick-hide: Shift tapped on its own three times in a row, within {@value #WINDOW_MILLIS} ms (or the quick-hide
 * button, always in the top bar), calls back at once, so the window can be blanked and locked when someone walks
 * in. A tap is a Shift pressed and released with no other key in between; any other key, such as the letter of a
 * capital while Shift is held, starts the count again. So typing "Via Marek naar Den Haag" never hides, however
 * fast. A held Shift's key repeats count once.
 */
public final class QuickHide {

    /** The time from the first tap's press to the third tap's release. */
    public static final long WINDOW_MILLIS = 1_500;
    private static final int TAPS = 3;

    private final Runnable onHide;
    private final LongSupplier clock;
    private final long[] taps = new long[TAPS];
    private int count;
    private boolean shiftDown;
    /** Another key came while Shift was down: this press is part of a capital or a shortcut, not a tap. */
    private boolean spoilt;
    private long pressedAt;

    public QuickHide(Runnable onHide, LongSupplier clockMillis) {
        this.onHide = onHide;
        this.clock = clockMillis;
    }

    /** Watches a scene's keys (before any control sees them); no key is consumed, so typing still works. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SHIFT) {
                shiftPressed();
            } else {
                otherKey();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SHIFT) {
                shiftReleased();
            }
        });
    }

    /** A Shift press; a key repeat while it is held does not count. */
    public void shiftPressed() {
        if (shiftDown) {
            return;
        }
        shiftDown = true;
        spoilt = false;
        pressedAt = clock.getAsLong();
    }

    /** Any key but Shift: the taps so far no longer count, and a Shift held now is no tap. */
    public void otherKey() {
        count = 0;
        spoilt = shiftDown;
    }

    /** A Shift release: ends a tap unless another key came meanwhile. Returns true when this tap hid. */
    public boolean shiftReleased() {
        if (!shiftDown) {
            return false;
        }
        shiftDown = false;
        if (spoilt) {
            count = 0;
            return false;
        }
        long now = clock.getAsLong();
        taps[count++] = pressedAt;
        if (count == TAPS) {
            boolean inTime = now - taps[0] <= WINDOW_MILLIS;
            if (inTime) {
                count = 0;
                onHide.run();
                return true;
            }
            // Too slow: the last two taps may still start a quick three.
            taps[0] = taps[1];
            taps[1] = taps[2];
            count = TAPS - 1;
        }
        return false;
    }

    /** The always-visible button; its text and accessible text say what it does. */
    public Button button(String text) {
        Button b = Controls.button("quick-hide", text, "mdmz-visibility_off");
        b.setFocusTraversable(true);
        b.setOnAction(e -> onHide.run());
        return b;
    }
}
