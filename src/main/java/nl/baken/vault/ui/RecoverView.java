package nl.baken.vault.ui;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** "Forgot passphrase": the recovery code and a new passphrase for the chosen worker. */
public final class RecoverView {

    private final RecoverViewModel model;
    private final Messages messages;

    public RecoverView(RecoverViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build(Runnable onBack) {
        Label title = Controls.label(messages.text("vault.recover.title"), Css.TITLE);
        Label intro = Controls.label(messages.text("vault.recover.intro"), Css.BODY);

        ComboBox<String> worker = new ComboBox<>(model.workers());
        worker.setId("recover-worker");
        worker.setAccessibleText(messages.text("vault.unlock.worker"));
        worker.valueProperty().bindBidirectional(model.workerProperty());
        worker.setMaxWidth(Double.MAX_VALUE);
        Label workerLabel = Controls.label(messages.text("vault.unlock.worker"), Css.BODY);
        workerLabel.setLabelFor(worker);

        TextField code = new TextField();
        code.setId("recover-code");
        code.setAccessibleText(messages.text("vault.recover.code"));
        code.textProperty().bindBidirectional(model.codeProperty());
        Controls.focusWhenShown(code);
        Label codeLabel = Controls.label(messages.text("vault.recover.code"), Css.BODY);
        codeLabel.setLabelFor(code);

        PasswordField pass = new PasswordField();
        pass.setId("recover-passphrase");
        pass.setAccessibleText(messages.text("vault.recover.new_passphrase"));
        pass.textProperty().bindBidirectional(model.passphraseProperty());
        Label passLabel = Controls.label(messages.text("vault.recover.new_passphrase"), Css.BODY);
        passLabel.setLabelFor(pass);

        PasswordField confirm = new PasswordField();
        confirm.setId("recover-confirm");
        confirm.setAccessibleText(messages.text("vault.setup.confirm"));
        confirm.textProperty().bindBidirectional(model.confirmationProperty());
        Label confirmLabel = Controls.label(messages.text("vault.setup.confirm"), Css.BODY);
        confirmLabel.setLabelFor(confirm);

        Label hint = Controls.label(model.hint(), Css.HINT);
        model.passphraseProperty().addListener((o, a, b) -> hint.setText(model.hint()));
        model.confirmationProperty().addListener((o, a, b) -> hint.setText(model.hint()));

        Label message = Controls.label("", Css.ERROR);
        message.setId("recover-message");
        message.textProperty().bind(model.messageProperty());

        Button go = Controls.button("recover-button", messages.text("vault.recover.button"), "mdal-lock_open");
        go.setDefaultButton(true);
        go.disableProperty().bind(model.canRecoverProperty().not());
        go.setOnAction(e -> model.recover());
        Button back = Controls.button("recover-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());

        return Controls.screen(Controls.card(title, intro, workerLabel, worker, codeLabel, code, passLabel, pass,
                confirmLabel, confirm, hint, message, new javafx.scene.layout.HBox(12, go, back)));
    }
}
