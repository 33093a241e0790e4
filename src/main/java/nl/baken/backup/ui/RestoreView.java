package nl.baken.backup.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The unlock screen's "Back-up terugzetten": file, passphrase or recovery code, what is replaced, replace. */
public final class RestoreView {

    private final RestoreViewModel model;
    private final Messages messages;
    private final PathChoice files;

    public RestoreView(RestoreViewModel model, Messages messages, PathChoice files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
    }

    /** {@code onBack} returns to the unlock screen; {@code onRestored} after the restored vault is in place. */
    public Parent build(Node languagePicker, Runnable onBack, Runnable onRestored) {
        Label title = Controls.label(messages.text("restore.ui.title"), Css.TITLE);
        Label intro = Controls.label(messages.text("restore.ui.intro"), Css.BODY);
        Label file = Controls.label(messages.text("restore.ui.no_file"), Css.BODY);
        file.setId("restore-file");
        model.fileProperty().addListener((o, was, now) -> file.setText(now == null
                ? messages.text("restore.ui.no_file") : now.toString()));
        Button choose = Controls.button("restore-choose", messages.text("restore.ui.choose_file"),
                "mdal-folder_open");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> files.choose(choose.getScene().getWindow()).ifPresent(model.fileProperty()::set));

        PasswordField secret = new PasswordField();
        secret.setId("restore-secret");
        secret.setAccessibleText(messages.text("restore.ui.secret"));
        secret.textProperty().bindBidirectional(model.secretProperty());
        Label secretLabel = Controls.label(messages.text("restore.ui.secret"), Css.BODY);
        secretLabel.setLabelFor(secret);
        Button read = Controls.button("restore-read", messages.text("restore.ui.read"), "mdal-arrow_forward");
        read.setDefaultButton(true);
        read.disableProperty().bind(model.canReadProperty().not());
        read.setOnAction(e -> model.read());
        secret.setOnAction(e -> model.read());

        Label account = Controls.label("", Css.BODY);
        account.setId("restore-account");
        account.textProperty().bind(model.accountProperty());
        Button replace = Controls.button("restore-replace", messages.text("restore.ui.replace"), "mdmz-restore");
        replace.getStyleClass().add(Styles.DANGER);
        replace.visibleProperty().bind(model.canReplaceProperty());
        replace.managedProperty().bind(replace.visibleProperty());
        replace.setOnAction(e -> model.replace(onRestored));
        Label message = Controls.label("", Css.HINT);
        message.setId("restore-message");
        message.textProperty().bind(model.messageProperty());
        Button back = Controls.button("restore-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.disableProperty().bind(model.busyProperty());
        back.setOnAction(e -> {
            model.forget();
            onBack.run();
        });
        Controls.focusWhenShown(choose);
        return Controls.screen(Controls.card(languagePicker, title, intro, new HBox(12, choose, file), secretLabel,
                secret, read, account, replace, message, back));
    }
}
