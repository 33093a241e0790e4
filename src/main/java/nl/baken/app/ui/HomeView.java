package nl.baken.app.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
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

        public Actions(Runnable lock, Runnable startIntake, Runnable settings, Runnable workers,
                       Runnable changePassphrase) {
            this(lock, startIntake, settings, workers, changePassphrase, null);
        }
    }

    private final Messages messages;

    public HomeView(Messages messages) {
        this.messages = messages;
    }

    /** {@code caseList} is the cases feature's view, or null to show the empty state. */
    public Parent build(String workerName, Actions actions, Node caseList) {
        return build(workerName, actions, caseList, null);
    }

    /** As above, with a "Verwijzen" (refer) button in the top bar when {@code refer} is not null. */
    public Parent build(String workerName, Actions actions, Node caseList, Runnable refer) {
        Button settings = Controls.button("home-settings", messages.text("home.settings"), "mdmz-settings");
        settings.setOnAction(e -> actions.settings().run());
        Button passphrase = Controls.button("home-passphrase", messages.text("home.passphrase"), "mdmz-vpn_key");
        passphrase.setOnAction(e -> actions.changePassphrase().run());
        BorderPane root = new BorderPane();
        var bar = actions.workers() == null
                ? TopBar.build(messages, workerName, actions.lock(), actions.quickHide(), passphrase, settings)
                : TopBar.build(messages, workerName, actions.lock(), actions.quickHide(), workerButton(actions),
                passphrase, settings);
        if (refer != null) {
            Button referButton = Controls.button("home-refer", messages.text("home.refer"), "mdmz-send");
            referButton.setOnAction(e -> refer.run());
            bar.getChildren().add(3, referButton);
        }
        root.setTop(bar);
        root.setCenter(caseList != null ? caseList : emptyState(actions));
        return root;
    }

    private Button workerButton(Actions actions) {
        Button workers = Controls.button("home-workers", messages.text("home.workers"), "mdal-group");
        workers.setOnAction(e -> actions.workers().run());
        return workers;
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
