package nl.baken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Shift three times within five seconds hides; a held Shift or slow presses do not. */
class QuickHideTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger hidden = new AtomicInteger();
    private final QuickHide quickHide = new QuickHide(hidden::incrementAndGet, now::get);

    private void tap(long afterMillis) {
        now.addAndGet(afterMillis);
        quickHide.shiftPressed();
        quickHide.shiftReleased();
    }

    @Test
    void threeTapsWithinFiveSecondsHide() {
        tap(0);
        tap(1_500);
        assertThat(hidden).hasValue(0);
        tap(1_500);
        assertThat(hidden).hasValue(1);
    }

    @Test
    void slowTapsDoNotHide() {
        tap(0);
        tap(3_000);
        tap(3_000);
        assertThat(hidden).hasValue(0);
        tap(1_000);
        assertThat(hidden).as("the last three fall within five seconds").hasValue(1);
    }

    @Test
    void aHeldShiftCountsOnce() {
        quickHide.shiftPressed();
        quickHide.shiftPressed();
        quickHide.shiftPressed();
        assertThat(hidden).hasValue(0);
    }
}
