package nl.baken.vault.ui;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import nl.baken.vault.PassphrasePolicy;
import nl.baken.vault.UnlockedVault;

/**
 * State and rules of changing one's own passphrase: re-wraps one key slot off the FX thread (the database file is not
 * rewritten) and records the change in the audit log. Holds no Node.
 */
public final class ChangePassphraseViewModel {

    private final UnlockedVault open;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final AuditSink audit;

    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;

    public ChangePassphraseViewModel(UnlockedVault open, BackgroundTasks tasks, Messages messages, AuditSink audit) {
        this.open = open;
        this.tasks = tasks;
        this.messages = messages;
        this.audit = audit;
        hint.set(messages.text(PassphrasePolicy.Strength.TOO_SHORT.messageKey()));
        next.addListener((o, a, b) -> refreshHint());
        confirmation.addListener((o, a, b) -> refreshHint());
        canSave = Bindings.createBooleanBinding(() -> !busy.get() && !current.get().isEmpty()
                        && PassphrasePolicy.isAcceptable(next.get().toCharArray())
                        && next.get().equals(confirmation.get()),
                busy, current, next, confirmation);
    }

    private void refreshHint() {
        hint.set(PassphraseHint.text(messages, next.get(), confirmation.get()));
    }

    /** Changes the passphrase in the background; the fields empty when done, the current one also on failure. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        busy.set(true);
        char[] old = current.get().toCharArray();
        char[] fresh = next.get().toCharArray();
        tasks.run(() -> {
            try {
                open.changeOwnPassphrase(old, fresh);
                audit.record("PASSPHRASE_CHANGE", open.workerId());
            } finally {
                Arrays.fill(old, '\0');
                Arrays.fill(fresh, '\0');
            }
        }, () -> {
            busy.set(false);
            current.set("");
            next.set("");
            confirmation.set("");
            message.set(messages.text("vault.passphrase.changed"));
        }, failure -> {
            busy.set(false);
            current.set("");
            message.set(FailureText.describe(messages, failure));
        });
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    /** The strength of the new passphrase, or that the two do not match. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** What the last save did: changed, or why not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableBooleanValue canSave() {
        return canSave;
    }
}
