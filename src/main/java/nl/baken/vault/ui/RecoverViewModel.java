package nl.baken.vault.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.TaskLane;
import nl.baken.vault.PassphrasePolicy;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;

/** State and rules of "forgot passphrase": the recovery code opens the vault and sets a new passphrase. */
public final class RecoverViewModel {

    private final Vault vault;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<UnlockedVault> onUnlocked;

    private final ObservableList<String> workers = FXCollections.observableArrayList();
    private final ObjectProperty<String> worker = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final TaskLane lane;
    private final ReadOnlyBooleanProperty busy;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRecover;

    public RecoverViewModel(Vault vault, BackgroundTasks tasks, Messages messages, Consumer<UnlockedVault> onUnlocked) {
        this.vault = vault;
        this.tasks = tasks;
        this.lane = tasks.lane();
        this.busy = lane.busyProperty();
        this.messages = messages;
        this.onUnlocked = onUnlocked;
        canRecover = Bindings.createBooleanBinding(() -> worker.get() != null && !code.get().isBlank()
                        && PassphrasePolicy.isAcceptable(passphrase.get().toCharArray())
                        && passphrase.get().equals(confirmation.get()) && !busy.get(),
                worker, code, passphrase, confirmation, busy);
    }

    public void setWorkers(java.util.List<String> names) {
        workers.setAll(names);
        if (!names.isEmpty() && worker.get() == null) {
            worker.set(names.get(0));
        }
    }

    public ObservableList<String> workers() {
        return workers;
    }

    public ObjectProperty<String> workerProperty() {
        return worker;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canRecoverProperty() {
        return canRecover;
    }

    /** The hint under the new passphrase: its strength, or that the two entries differ. */
    public String hint() {
        return PassphraseHint.text(messages, passphrase.get(), confirmation.get());
    }

    public void recover() {
        if (!canRecover.get()) {
            return;
        }
        message.set(messages.text("vault.unlock.busy"));
        String name = worker.get();
        char[] codeChars = code.get().toCharArray();
        char[] secret = passphrase.get().toCharArray();
        lane.run(() -> {
            try {
                return vault.recover(codeChars, name, secret);
            } finally {
                java.util.Arrays.fill(codeChars, '\0');
                java.util.Arrays.fill(secret, '\0');
            }
        }, open -> {
            code.set("");
            passphrase.set("");
            confirmation.set("");
            message.set("");
            onUnlocked.accept(open);
        }, failure -> {
            message.set(FailureText.describe(messages, failure));
        });
    }
}
