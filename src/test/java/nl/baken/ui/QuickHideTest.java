package nl.baken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Shift tapped on its own three times within 1.5 s hides; a capital (Shift held for another key), another key
 * between the taps, slow taps or a held Shift do not.
 */
class QuickHideTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger hidden = new AtomicInteger();
    private final QuickHide quickHide = new QuickHide(hidden::incrementAndGet, now::get);

    private void tap(long afterMillis) {
        now.addAndGet(afterMillis);
        quickHide.shiftPressed();
        now.addAndGet(40);
        quickHide.shiftReleased();
    }

    /** Shift held while a letter is typed, as for a capital. */
    private void capital(long afterMillis) {
        now.addAndGet(afterMillis);
        quickHide.shiftPressed();
        quickHide.otherKey();
        quickHide.shiftReleased();
    }

    @Test
    void threeLoneTapsWithinTheWindowHide() {
        tap(0);
        tap(500);
        assertThat(hidden).hasValue(0);
        tap(500);
        assertThat(hidden).hasValue(1);
    }

    @Test
    void capitalsNeverCountHoweverFast() {
        for (int i = 0; i < 30; i++) {
            capital(80);
        }
        assertThat(hidden).hasValue(0);
    }

    @Test
    void anotherKeyBetweenTheTapsStartsTheCountAgain() {
        tap(0);
        tap(200);
        quickHide.otherKey();
        tap(200);
        assertThat(hidden).hasValue(0);
        tap(200);
        tap(200);
        assertThat(hidden).as("three lone taps after the other key").hasValue(1);
    }

    @Test
    void aCapitalBetweenTheTapsStartsTheCountAgain() {
        tap(0);
        tap(200);
        capital(200);
        tap(200);
        assertThat(hidden).hasValue(0);
    }

    @Test
    void slowTapsDoNotHide() {
        tap(0);
        tap(1_000);
        tap(1_000);
        assertThat(hidden).hasValue(0);
        tap(300);
        assertThat(hidden).as("the last three fall within 1.5 s").hasValue(1);
    }

    @Test
    void aHeldShiftCountsOnce() {
        quickHide.shiftPressed();
        quickHide.shiftPressed();
        quickHide.shiftPressed();
        quickHide.shiftReleased();
        assertThat(hidden).hasValue(0);
    }
}
