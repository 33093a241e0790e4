package nl.baken.app;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * The window's first size: 1,100 x 760, or less where the screen's free area (without the task bar) is smaller, so
 * the bottom of the window (the backup line, the wizard's buttons) is never under the task bar of a 1366 x 768 laptop.
 */
final class WindowSize {

    static final double WIDTH = 1100;
    static final double HEIGHT = 760;
    /** The least the window may be made: the home screen and the wizard still work at this size. */
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 520;
    /** Room for the window's title bar and frame, which the scene's size does not include. */
    private static final double FRAME_WIDTH = 16;
    private static final double FRAME_HEIGHT = 40;

    private WindowSize() {
    }

    /** The scene's size on the primary screen. */
    static Dimension2D onPrimaryScreen() {
        return fitting(Screen.getPrimary().getVisualBounds());
    }

    /** The scene's size in a free screen area of {@code visual}. */
    static Dimension2D fitting(Rectangle2D visual) {
        return new Dimension2D(
                Math.max(MIN_WIDTH, Math.min(WIDTH, visual.getWidth() - FRAME_WIDTH)),
                Math.max(MIN_HEIGHT, Math.min(HEIGHT, visual.getHeight() - FRAME_HEIGHT)));
    }
}
