package nl.baken.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window's first size fits the screen's free area: nothing of it under a laptop's task bar. */
class WindowSizeTest {

    @Test
    void aLargeScreenGetsTheFullWindow() {
        assertThat(WindowSize.fitting(new Rectangle2D(0, 0, 1920, 1040))).isEqualTo(new Dimension2D(1100, 760));
    }

    @Test
    void aLaptopScreenWithATaskBarGetsAWindowThatFitsIt() {
        // 1366 x 768 with a 40-pixel task bar; and the same at 125 % (1093 x 614 logical pixels, 32 of task bar).
        assertThat(WindowSize.fitting(new Rectangle2D(0, 0, 1366, 728))).isEqualTo(new Dimension2D(1100, 688));
        assertThat(WindowSize.fitting(new Rectangle2D(0, 0, 1093, 582))).isEqualTo(new Dimension2D(1077, 542));
    }

    @Test
    void aTinyScreenGetsTheLeastTheScreensWorkAt() {
        assertThat(WindowSize.fitting(new Rectangle2D(0, 0, 640, 480)))
                .isEqualTo(new Dimension2D(WindowSize.MIN_WIDTH, WindowSize.MIN_HEIGHT));
    }
}
