package nl.baken.vault.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.util.Duration;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The unlock screen: choose the worker, type the passphrase; a link leads to the recovery code. */
public final class UnlockView {

    private final UnlockViewModel model;
    private final Messages messages;
    private Timeline ticker;

    public UnlockView(UnlockViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** {@code onRestore} leads to "Back-up terugzetten" (restoring a backup over this vault), null hides the link. */
    public Parent build(Node languagePicker, Runnable onForgot, Runnable onRestore) {
        Label title = Controls.label(messages.text("vault.unlock.title"), Css.TITLE);
        Label intro = Controls.label(messages.text("vault.unlock.intro"), Css.BODY);

        ComboBox<String> worker = new ComboBox<>(model.workers());
        worker.setId("unlock-worker");
        worker.setAccessibleText(messages.text("vault.unlock.worker"));
        worker.valueProperty().bindBidirectional(model.workerProperty());
        worker.setMaxWidth(Double.MAX_VALUE);
        Label workerLabel = Controls.label(messages.text("vault.unlock.worker"), Css.BODY);
        workerLabel.setLabelFor(worker);

        PasswordField passphrase = new PasswordField();
        passphrase.setId("unlock-passphrase");
        passphrase.setAccessibleText(messages.text("vault.unlock.passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        Label passLabel = Controls.label(messages.text("vault.unlock.passphrase"), Css.BODY);
        passLabel.setLabelFor(passphrase);

        Label message = Controls.label("", Css.ERROR);
        message.setId("unlock-message");
        message.textProperty().bind(model.messageProperty());

        Button unlock = Controls.button("unlock-button", messages.text("vault.unlock.button"), "mdal-lock_open");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(model.canUnlockProperty().not());
        unlock.setOnAction(e -> model.unlock());
        passphrase.setOnAction(e -> model.unlock());

        Hyperlink forgot = new Hyperlink(messages.text("vault.unlock.forgot"));
        forgot.setId("unlock-forgot");
        forgot.setOnAction(e -> onForgot.run());

        Hyperlink restore = new Hyperlink(messages.text("vault.unlock.restore"));
        restore.setId("unlock-restore");
        restore.setVisible(onRestore != null);
        restore.setManaged(onRestore != null);
        restore.setOnAction(e -> onRestore.run());

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        Parent screen = Controls.screen(Controls.card(languagePicker, title, intro, workerLabel, worker, passLabel,
                passphrase, message, unlock, forgot, restore));
        screen.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                ticker.stop();
            }
        });
        Controls.focusWhenShown(passphrase);
        return screen;
    }
}
