package nl.baken.vault.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.vault.PassphrasePolicy;
import nl.baken.vault.UnlockedVault;

/** Changing one's own passphrase: re-wraps one key slot; the database file is not rewritten. */
public final class ChangePassphraseView {

    private final UnlockedVault open;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final AuditSink audit;

    public ChangePassphraseView(UnlockedVault open, BackgroundTasks tasks, Messages messages, AuditSink audit) {
        this.open = open;
        this.tasks = tasks;
        this.messages = messages;
        this.audit = audit;
    }

    public Node build(Runnable onBack) {
        Label title = Controls.label(messages.text("vault.passphrase.title"), Css.TITLE);
        PasswordField current = field("passphrase-current", "vault.passphrase.current");
        PasswordField next = field("passphrase-new", "vault.passphrase.new");
        PasswordField confirm = field("passphrase-confirm", "vault.setup.confirm");
        Label hint = Controls.label(messages.text(PassphrasePolicy.Strength.TOO_SHORT.messageKey()), Css.HINT);
        Runnable refresh = () -> hint.setText(PassphraseHint.text(messages, next.getText(), confirm.getText()));
        next.textProperty().addListener((o, a, b) -> refresh.run());
        confirm.textProperty().addListener((o, a, b) -> refresh.run());
        Label message = Controls.label("", Css.HINT);
        message.setId("passphrase-message");
        SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
        Button save = Controls.button("passphrase-save", messages.text("common.save"), "mdmz-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> busy.get() || current.getText().isEmpty()
                        || !PassphrasePolicy.isAcceptable(next.getText().toCharArray())
                        || !next.getText().equals(confirm.getText()),
                busy, current.textProperty(), next.textProperty(), confirm.textProperty()));
        save.setOnAction(e -> {
            busy.set(true);
            char[] old = current.getText().toCharArray();
            char[] fresh = next.getText().toCharArray();
            tasks.run(() -> {
                try {
                    open.changeOwnPassphrase(old, fresh);
                    audit.record("PASSPHRASE_CHANGE", open.workerId());
                } finally {
                    java.util.Arrays.fill(old, '\0');
                    java.util.Arrays.fill(fresh, '\0');
                }
            }, () -> {
                busy.set(false);
                current.clear();
                next.clear();
                confirm.clear();
                message.setText(messages.text("vault.passphrase.changed"));
            }, failure -> {
                busy.set(false);
                current.clear();
                message.setText(FailureText.describe(messages, failure));
            });
        });
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
