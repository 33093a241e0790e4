package nl.baken.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.ui.Shortcuts;

/**
 * The bar at the top of every unlocked screen: app name, the worker, and the quick-hide and lock buttons always at
 * the right. It is the same on every screen; the home screen's own actions are in a row of their own below it.
 */
public final class TopBar {

    private TopBar() {
    }

    /** With the quick-hide button ({@code onQuickHide} may be null), always just left of the lock button. */
    public static HBox build(Messages messages, String workerName, Runnable onLock, Runnable onQuickHide) {
        Label app = Controls.label(messages.text("app.title"), Css.SUBTITLE);
        // The app's name and the buttons keep their full width; a long worker name is what gets shortened.
        app.setMinWidth(Region.USE_PREF_SIZE);
        Label worker = Controls.label(messages.text("home.worker", workerName), Css.BODY);
        worker.setWrapText(false);
        worker.setId("home-worker");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button lock = Controls.button("lock-button", messages.text("home.lock"), "mdal-lock");
        lock.setOnAction(e -> onLock.run());
        Shortcuts keys = Shortcuts.current();
        lock.setTooltip(new Tooltip(messages.text("home.lock.tooltip", keys.name(keys.lock()))));
        HBox bar = new HBox(12);
        bar.getChildren().addAll(app, worker, spacer);
        if (onQuickHide != null) {
            Button hide = Controls.button("quick-hide", messages.text("quickhide.button"), "mdmz-visibility_off");
            hide.setTooltip(new Tooltip(messages.text("quickhide.tooltip") + "\n"
                    + messages.text("quickhide.shortcut", keys.name(keys.quickHide()))));
            hide.setOnAction(e -> onQuickHide.run());
            hide.setMinWidth(Region.USE_PREF_SIZE);
            bar.getChildren().add(hide);
        }
        lock.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().add(lock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add(Css.TOP_BAR);
        return bar;
    }
}
