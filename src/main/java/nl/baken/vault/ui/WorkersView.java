package nl.baken.vault.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The administrator's screen for adding and removing workers. */
public final class WorkersView {

    private final WorkersViewModel model;
    private final Messages messages;

    public WorkersView(WorkersViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** {@code onRekey} opens "Sleutel vernieuwen"; removing a worker offers it at once (ticked by default). */
    public Node build(Runnable onBack, Runnable onRekey) {
        Label title = Controls.label(messages.text("vault.workers.title"), Css.TITLE);
        ListView<String> list = new ListView<>(model.workers());
        list.setId("workers-list");
        list.setPrefHeight(160);
        list.setAccessibleText(messages.text("vault.workers.title"));
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
        Button remove = Controls.button("workers-remove", messages.text("vault.workers.remove"), "mdal-delete");
        remove.disableProperty().bind(model.canRemoveProperty().not());
        remove.setOnAction(e -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.text("vault.workers.remove_confirm"),
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(null);
            confirm.setTitle(messages.text("app.title"));
            CheckBox rekeyAfter = new CheckBox(messages.text("vault.workers.rekey_after"));
            rekeyAfter.setId("workers-rekey-after");
            rekeyAfter.setSelected(true);
            rekeyAfter.setWrapText(true);
            confirm.getDialogPane().setContent(new VBox(12,
                    Controls.label(messages.text("vault.workers.remove_confirm"), Css.BODY), rekeyAfter));
            confirm.getDialogPane().setId("workers-remove-confirm");
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.removeSelected(
                    rekeyAfter.isSelected() ? onRekey : nl.baken.ui.Actions.NONE));
        });

        Label addTitle = Controls.label(messages.text("vault.workers.add_title"), Css.SUBTITLE);
        TextField name = new TextField();
        name.setId("workers-name");
        name.setAccessibleText(messages.text("vault.setup.name"));
        name.textProperty().bindBidirectional(model.newNameProperty());
        Label nameLabel = Controls.label(messages.text("vault.setup.name"), Css.BODY);
        nameLabel.setLabelFor(name);
        PasswordField pass = new PasswordField();
        pass.setId("workers-passphrase");
        pass.setAccessibleText(messages.text("vault.workers.passphrase"));
        pass.textProperty().bindBidirectional(model.newPassphraseProperty());
        Label passLabel = Controls.label(messages.text("vault.workers.passphrase"), Css.BODY);
        passLabel.setLabelFor(pass);
        PasswordField confirm = new PasswordField();
        confirm.setId("workers-confirm");
        confirm.setAccessibleText(messages.text("vault.setup.confirm"));
        confirm.textProperty().bindBidirectional(model.newConfirmationProperty());
        Label confirmLabel = Controls.label(messages.text("vault.setup.confirm"), Css.BODY);
        confirmLabel.setLabelFor(confirm);
        Label hint = Controls.label(model.hint(), Css.HINT);
        model.newPassphraseProperty().addListener((o, a, b) -> hint.setText(model.hint()));
        model.newConfirmationProperty().addListener((o, a, b) -> hint.setText(model.hint()));
        Button add = Controls.button("workers-add", messages.text("vault.workers.add"), "mdmz-person_add");
        add.disableProperty().bind(model.canAddProperty().not());
        add.setOnAction(e -> model.add());
        Label message = Controls.label("", Css.HINT);
        message.setId("workers-message");
        message.textProperty().bind(model.messageProperty());
        Button back = Controls.button("workers-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());
        Button rekey = Controls.button("workers-rekey", messages.text("vault.rekey.title"), "mdmz-vpn_key");
        rekey.setOnAction(e -> onRekey.run());
        Label rekeyHint = Controls.label(messages.text("vault.workers.rekey_hint"), Css.HINT);
        model.refresh();
        return Controls.screen(Controls.card(title, list, new HBox(12, remove, rekey), rekeyHint, addTitle, nameLabel, name, passLabel, pass,
                confirmLabel, confirm, hint, new HBox(12, add, back), message));
    }
}
