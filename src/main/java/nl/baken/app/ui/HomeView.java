package nl.baken.app.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The home screen after unlock: the worker's name, the lock button, and either the list of cases or, when there
 * are none, a calm empty state with "Start intake".
 */
public final class HomeView {

    /** What the home screen can lead to; a null action hides its button. */
    public record Actions(Runnable lock, Runnable startIntake, Runnable settings, Runnable workers,
                          Runnable changePassphrase, Runnable quickHide) {
    }

    private final Messages messages;

    public HomeView(Messages messages) {
        this.messages = messages;
    }

    /**
     * {@code caseList} is the cases feature's view, or null to show the empty state; a "Verwijzen" (refer) button
     * shows when {@code refer} is not null.
     */
    public Parent build(String workerName, Actions actions, Node caseList, Runnable refer) {
        BorderPane root = new BorderPane();
        root.setTop(new VBox(TopBar.build(messages, workerName, actions.lock(), actions.quickHide()),
                actionRow(actions, refer)));
        root.setCenter(caseList != null ? caseList : emptyState(actions));
        return root;
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
        start.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
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
