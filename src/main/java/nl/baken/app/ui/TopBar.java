package nl.baken.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The bar at the top of every unlocked screen: app name, the worker, and the lock button always at the right. */
public final class TopBar {

    private TopBar() {
    }

    public static HBox build(Messages messages, String workerName, Runnable onLock, Node... extra) {
        return build(messages, workerName, onLock, null, extra);
    }

    /** With the quick-hide button ({@code onQuickHide} may be null), always just left of the lock button. */
    public static HBox build(Messages messages, String workerName, Runnable onLock, Runnable onQuickHide,
                             Node... extra) {
        Label app = Controls.label(messages.text("app.title"), Css.SUBTITLE);
        Label worker = Controls.label(messages.text("home.worker", workerName), Css.BODY);
        worker.setId("home-worker");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button lock = Controls.button("lock-button", messages.text("home.lock"), "mdal-lock");
        lock.setOnAction(e -> onLock.run());
        HBox bar = new HBox(12);
        bar.getChildren().addAll(app, worker, spacer);
        bar.getChildren().addAll(extra);
        if (onQuickHide != null) {
            Button hide = Controls.button("quick-hide", messages.text("quickhide.button"), "mdmz-visibility_off");
            hide.setTooltip(new javafx.scene.control.Tooltip(messages.text("quickhide.tooltip")));
            hide.setOnAction(e -> onQuickHide.run());
            bar.getChildren().add(hide);
        }
        bar.getChildren().add(lock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add(Css.TOP_BAR);
        return bar;
    }
}
