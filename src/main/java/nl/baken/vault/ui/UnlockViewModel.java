package nl.baken.vault.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.TaskLane;
import nl.baken.vault.UnlockThrottle;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultException;

/**
 * State and rules of the unlock screen: pick the worker, type the passphrase. A wrong passphrase gives a plain
 * message and a growing wait (1, 2, 4 … 30 s) before the next try.
 */
public final class UnlockViewModel {

    private final Vault vault;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final UnlockThrottle throttle;
    private final Consumer<UnlockedVault> onUnlocked;
    private Consumer<VaultException> onDamaged;

    private final ObservableList<String> workers = FXCollections.observableArrayList();
    private final ObjectProperty<String> worker = new SimpleObjectProperty<>();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final TaskLane lane;
    private final ReadOnlyBooleanProperty busy;
    private final IntegerProperty secondsToWait = new SimpleIntegerProperty(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canUnlock;

    public UnlockViewModel(Vault vault, BackgroundTasks tasks, Messages messages, UnlockThrottle throttle,
                           Consumer<UnlockedVault> onUnlocked) {
        this.vault = vault;
        this.tasks = tasks;
        this.lane = tasks.lane();
        this.busy = lane.busyProperty();
        this.messages = messages;
        this.throttle = throttle;
        this.onUnlocked = onUnlocked;
        canUnlock = Bindings.createBooleanBinding(() -> worker.get() != null && !passphrase.get().isEmpty()
                && !busy.get() && secondsToWait.get() == 0, worker, passphrase, busy, secondsToWait);
        secondsToWait.set((int) throttle.delay().toSeconds());
    }

    /** Where a damaged or missing database goes: a screen of its own instead of a line under the passphrase. */
    public void setOnDamaged(Consumer<VaultException> onDamaged) {
        this.onDamaged = onDamaged;
    }

    /** Fills the worker list (read in the background by the caller); selects the only or the first worker. */
    public void setWorkers(List<String> names) {
        workers.setAll(names);
        if (!names.isEmpty() && (worker.get() == null || !names.contains(worker.get()))) {
            worker.set(names.get(0));
        }
    }

    public ObservableList<String> workers() {
        return workers;
    }

    public ObjectProperty<String> workerProperty() {
        return worker;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyIntegerProperty secondsToWaitProperty() {
        return secondsToWait;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canUnlockProperty() {
        return canUnlock;
    }

    /** Called once a second by the view while a wait is running. */
    public void tick() {
        if (secondsToWait.get() > 0) {
            secondsToWait.set(secondsToWait.get() - 1);
            if (secondsToWait.get() == 0) {
                message.set(messages.text("vault.unlock.try_again"));
            } else {
                message.set(messages.text("vault.unlock.wait", secondsToWait.get()));
            }
        }
    }

    /** Tries the passphrase in the background (key derivation takes about half a second). */
    public void unlock() {
        if (!canUnlock.get()) {
            return;
        }
        message.set(messages.text("vault.unlock.busy"));
        String name = worker.get();
        char[] secret = passphrase.get().toCharArray();
        passphrase.set("");
        lane.run(() -> {
            try {
                return vault.unlock(name, secret);
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, open -> {
            throttle.recordSuccess();
            message.set("");
            onUnlocked.accept(open);
        }, failure -> {
            if (failure instanceof VaultException v && v.reason() == VaultException.Reason.WRONG_PASSPHRASE) {
                throttle.recordFailure();
                secondsToWait.set((int) throttle.delay().toSeconds());
                message.set(messages.text("vault.error.wrong_passphrase") + " "
                        + messages.text("vault.unlock.wait", secondsToWait.get()));
            } else if (failure instanceof VaultException v && onDamaged != null
                    && (v.reason() == VaultException.Reason.DATABASE_DAMAGED
                    || v.reason() == VaultException.Reason.DATABASE_MISSING)) {
                message.set("");
                onDamaged.accept(v);
            } else {
                message.set(FailureText.describe(messages, failure));
            }
        });
    }
}
