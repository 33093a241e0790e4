package nl.baken.vault.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** Changing one's own passphrase: three fields bound to {@link ChangePassphraseViewModel}, which does the work. */
public final class ChangePassphraseView {

    private final ChangePassphraseViewModel vm;
    private final Messages messages;

    public ChangePassphraseView(ChangePassphraseViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Node build(Runnable onBack) {
        Label title = Controls.label(messages.text("vault.passphrase.title"), Css.TITLE);
        PasswordField current = field("passphrase-current", "vault.passphrase.current");
        PasswordField next = field("passphrase-new", "vault.passphrase.new");
        PasswordField confirm = field("passphrase-confirm", "vault.setup.confirm");
        current.textProperty().bindBidirectional(vm.currentProperty());
        next.textProperty().bindBidirectional(vm.nextProperty());
        confirm.textProperty().bindBidirectional(vm.confirmationProperty());
        Label hint = Controls.label("", Css.HINT);
        hint.textProperty().bind(vm.hintProperty());
        Label message = Controls.label("", Css.HINT);
        message.setId("passphrase-message");
        message.textProperty().bind(vm.messageProperty());
        Button save = Controls.button("passphrase-save", messages.text("common.save"), "mdmz-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(Bindings.not(vm.canSave()));
        save.setOnAction(e -> vm.save());
        Button back = Controls.button("passphrase-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());
        return Controls.screen(Controls.card(title, label(current, "vault.passphrase.current"), current,
                label(next, "vault.passphrase.new"), next, hint, label(confirm, "vault.setup.confirm"), confirm,
                new HBox(12, save, back), message));
    }

    private PasswordField field(String id, String key) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setAccessibleText(messages.text(key));
        return f;
    }

    private Label label(Node field, String key) {
        Label l = Controls.label(messages.text(key), Css.BODY);
        l.setLabelFor(field);
        return l;
    }
}
