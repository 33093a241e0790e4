package nl.baken.vault.ui;

import java.util.List;
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

/** The administrator's worker list: add a worker (a new key slot) or remove one (the slot is deleted). */
public final class WorkersViewModel {

    private final Vault vault;
    private final UnlockedVault open;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final AuditSink audit;

    private final ObservableList<String> workers = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newPassphrase = new SimpleStringProperty("");
    private final StringProperty newConfirmation = new SimpleStringProperty("");
    private final TaskLane lane;
    private final ReadOnlyBooleanProperty busy;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canAdd;
    private final BooleanBinding canRemove;

    public WorkersViewModel(Vault vault, UnlockedVault open, BackgroundTasks tasks, Messages messages, AuditSink audit) {
        this.vault = vault;
        this.open = open;
        this.tasks = tasks;
        this.lane = tasks.lane();
        this.busy = lane.busyProperty();
        this.messages = messages;
        this.audit = audit;
        canAdd = Bindings.createBooleanBinding(() -> !newName.get().isBlank()
                        && PassphrasePolicy.isAcceptable(newPassphrase.get().toCharArray())
                        && newPassphrase.get().equals(newConfirmation.get()) && !busy.get(),
                newName, newPassphrase, newConfirmation, busy);
        canRemove = Bindings.createBooleanBinding(() -> selected.get() != null
                && !selected.get().equals(open.workerName()) && !busy.get(), selected, busy);
    }

    public ObservableList<String> workers() {
        return workers;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newPassphraseProperty() {
        return newPassphrase;
    }

    public StringProperty newConfirmationProperty() {
        return newConfirmation;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    public String hint() {
        return PassphraseHint.text(messages, newPassphrase.get(), newConfirmation.get());
    }

    /** Reads the worker names in the background. */
    public void refresh() {
        tasks.run(vault::workerNames, (List<String> names) -> workers.setAll(names), this::fail);
    }

    public void add() {
        if (!canAdd.get()) {
            return;
        }
        String name = newName.get();
        char[] secret = newPassphrase.get().toCharArray();
        lane.run(() -> {
            try {
                String id = open.addWorker(name, secret);
                audit.record("WORKER_ADD", id);
                return vault.workerNames();
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, (List<String> names) -> {
            workers.setAll(names);
            newName.set("");
            newPassphrase.set("");
            newConfirmation.set("");
            message.set(messages.text("vault.workers.added"));
        }, this::fail);
    }

    /** Removes the selected worker; the view asks for confirmation first. */
    public void removeSelected() {
        removeSelected(nl.baken.ui.Actions.NONE);
    }

    /** Removes the selected worker, then runs {@code after} (the rekey the view offers) once it is removed. */
    public void removeSelected(Runnable after) {
        if (!canRemove.get()) {
            return;
        }
        String name = selected.get();
        lane.run(() -> {
            String id = open.removeWorker(name);
            audit.record("WORKER_REMOVE", id);
            return vault.workerNames();
        }, (List<String> names) -> {
            workers.setAll(names);
            message.set(messages.text("vault.workers.removed"));
            after.run();
        }, this::fail);
    }

    private void fail(Throwable failure) {
        message.set(FailureText.describe(messages, failure));
    }
}
