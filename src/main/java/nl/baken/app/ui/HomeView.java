package nl.baken.app.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The home screen after unlock: the worker's name, the lock button, then "Today" (what needs the worker now) above
 * the case list; when there are no cases yet, a calm empty state with "Start intake".
 */
public final class HomeView {

    /** The part of the window's height Today may take before it scrolls; the case list has the rest. */
    static final double TODAY_SHARE = 0.3;
    /**
     * The height the rest of the home screen needs with five rows of the case list: the bars, titles, search, filters
     * and the table's header come to about 370 pixels at 16 px type (measured on the screenshot of
     * CaseDeskJourneyTest), five rows to 170. Today gives way below it, down to {@link #TODAY_MIN}.
     */
    static final double LIST_RESERVE = 550;
    /** Today's least height: its title, the first list's title and hint, and its first line. */
    static final double TODAY_MIN = 145;

    /** What the home screen can lead to; a null action hides its button. */
    public record Actions(Runnable lock, Runnable startIntake, Runnable settings, Runnable workers,
                          Runnable changePassphrase, Runnable quickHide, Runnable statistics, Runnable auditLog) {
    }

    private final Messages messages;

    public HomeView(Messages messages) {
        this.messages = messages;
    }

    /**
     * {@code caseList} is the cases feature's list, or null to show the empty state (then {@code today} is not
     * shown either); {@code todayLater} completes Today one step a pulse ({@link TodayView#later()}) before the list
     * joins; a "Verwijzen" (refer) button shows when {@code refer} is not null.
     */
    public Parent build(String workerName, Actions actions, Node today, List<Runnable> todayLater, Node caseList,
                        Runnable refer) {
        BorderPane root = new BorderPane();
        root.setTop(new VBox(TopBar.build(messages, workerName, actions.lock(), actions.quickHide()),
                actionRow(actions, refer)));
        root.setCenter(caseList != null ? desk(actions, today, todayLater, caseList, root) : emptyState(actions));
        return root;
    }

    /** Today above the case list, which takes the rest of the height (its table scrolls, not the screen). */
    private Node desk(Actions actions, Node today, List<Runnable> todayLater, Node caseList, Region window) {
        Button start = Controls.button("home-start-intake", messages.text("home.start_intake"), "mdal-add");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> actions.startIntake().run());
        start.setMinWidth(Region.USE_PREF_SIZE); // its whole label beside Today
        // Today scrolls within at most TODAY_SHARE of the window's height, so the case list keeps room for its rows
        // however much waits today: a full Today (four lists of three and their counts) filled a 760-pixel window
        // and left the list no height at all. The share is of the window, which Today's own size never changes.
        ScrollPane todayPane = new ScrollPane(today);
        todayPane.setId("home-today-pane");
        todayPane.setFitToWidth(true);
        todayPane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        todayPane.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        Controls.followFocus(todayPane);
        javafx.beans.binding.DoubleBinding share = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> todayHeight(window.getHeight()), window.heightProperty());
        todayPane.maxHeightProperty().bind(share);
        // All of Today up to that share: the growing table would otherwise squeeze it to a line or two.
        todayPane.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(share.get(), today.getLayoutBounds().getHeight() + 2), share,
                today.layoutBoundsProperty()));
        HBox.setHgrow(todayPane, Priority.ALWAYS);
        HBox head = new HBox(12, todayPane, start);
        VBox desk = new VBox(12, head);
        // Today's other groups, then the case list, join a pulse apart, so no single pulse styles and lays out the
        // whole home screen (docs/performance.md, "The home screen in steps").
        List<Runnable> steps = new ArrayList<>(todayLater);
        steps.add(() -> desk.getChildren().add(caseList));
        nl.baken.ui.RowsPerPulse.inTurn(steps.toArray(Runnable[]::new));
        VBox.setVgrow(caseList, Priority.ALWAYS);
        desk.getStyleClass().addAll(Css.SCREEN, Css.DESK);
        Controls.focusWhenShown(today.lookup("#home-resume-0") != null ? today.lookup("#home-resume-0") : start);
        return desk;
    }

    /**
     * The most Today may take of a window {@code height} pixels high: {@link #TODAY_SHARE} of it, less where the
     * case list would keep fewer than five rows, but never under {@link #TODAY_MIN}.
     */
    static double todayHeight(double height) {
        return Math.max(TODAY_MIN, Math.min(height * TODAY_SHARE, height - LIST_RESERVE));
    }

    /** The home screen's own actions, below the top bar; on a narrow window they wrap to a second line. */
    private Node actionRow(Actions actions, Runnable refer) {
        FlowPane row = new FlowPane(12, 8);
        row.setId("home-actions");
        row.setPadding(new Insets(10, 16, 10, 16));
        row.getStyleClass().add(Css.TOP_BAR);
        if (refer != null) {
            row.getChildren().add(action("home-refer", "home.refer", "mdmz-send", refer));
        }
        if (actions.workers() != null) {
            row.getChildren().add(action("home-workers", "home.workers", "mdal-group", actions.workers()));
        }
        if (actions.statistics() != null) {
            row.getChildren().add(action("home-statistics", "stats.ui.open", "mdal-bar_chart", actions.statistics()));
        }
        if (actions.auditLog() != null) {
            row.getChildren().add(action("home-audit", "home.audit", "mdal-fact_check", actions.auditLog()));
        }
        row.getChildren().addAll(
                action("home-passphrase", "home.passphrase", "mdmz-vpn_key", actions.changePassphrase()),
                action("home-settings", "home.settings", "mdmz-settings", actions.settings()));
        return row;
    }

    private Button action(String id, String key, String icon, Runnable onAction) {
        Button b = Controls.button(id, messages.text(key), icon);
        b.setOnAction(e -> onAction.run());
        return b;
    }

    private Node emptyState(Actions actions) {
        Label title = Controls.label(messages.text("home.empty.title"), Css.TITLE);
        Label body = Controls.label(messages.text("home.empty.body"), Css.BODY);
        Button start = Controls.button("home-start-intake", messages.text("home.start_intake"), "mdal-add");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        if (actions.startIntake() == null) {
            start.setDisable(true);
        } else {
            start.setOnAction(e -> actions.startIntake().run());
        }
        Controls.focusWhenShown(start);
        VBox card = Controls.card(title, body, start);
        card.getStyleClass().add(Css.EMPTY_STATE);
        return Controls.screen(card);
    }
}
