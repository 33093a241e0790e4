package nl.baken.vault.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.store.CheckReport;
import nl.baken.store.Store;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.TaskLane;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;

/**
 * The administrator's "Sleutel vernieuwen" (rekey, ADR 0012): a new database key, the database rewritten and checked
 * under it, every worker slot re-wrapped. Each other worker types their current passphrase (left empty, that worker
 * loses their slot and is added again); the recovery code is new (shown once) unless the current one is typed to
 * keep. The vault is locked afterwards: everyone opens it again with their own passphrase.
 */
public final class RekeyViewModel {

    /** One other worker and the passphrase typed for them. */
    public record Worker(String name, StringProperty passphrase) {
    }

    private final Vault vault;
    private final UnlockedVault open;
    private final Messages messages;
    private final Function<Store, CheckReport> finish;
    private final TaskLane lane;
    private final StringProperty ownPassphrase = new SimpleStringProperty("");
    private final BooleanProperty newRecoveryCode = new SimpleBooleanProperty(true);
    private final StringProperty currentRecoveryCode = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRekey;
    private List<Worker> others = List.of();

    /** {@code finish} runs on the rewritten database before the swap: records the audit entry, runs the check. */
    public RekeyViewModel(Vault vault, UnlockedVault open, BackgroundTasks tasks, Messages messages,
                          Function<Store, CheckReport> finish) {
        this.vault = vault;
        this.open = open;
        this.messages = messages;
        this.finish = finish;
        this.lane = tasks.lane();
        canRekey = Bindings.createBooleanBinding(() -> !ownPassphrase.get().isEmpty() && !lane.isBusy()
                        && (newRecoveryCode.get() || !currentRecoveryCode.get().isBlank()),
                ownPassphrase, lane.busyProperty(), newRecoveryCode, currentRecoveryCode);
    }

    /** The other workers, from the names read in the background by the caller. */
    public List<Worker> setWorkers(List<String> names) {
        others = names.stream().filter(n -> !n.equals(open.workerName()))
                .map(n -> new Worker(n, new SimpleStringProperty(""))).toList();
        return others;
    }

    public StringProperty ownPassphraseProperty() {
        return ownPassphrase;
    }

    public BooleanProperty newRecoveryCodeProperty() {
        return newRecoveryCode;
    }

    public StringProperty currentRecoveryCodeProperty() {
        return currentRecoveryCode;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return lane.busyProperty();
    }

    public BooleanBinding canRekeyProperty() {
        return canRekey;
    }

    /**
     * Rekeys in the background (the worker thread, so no autosave runs meanwhile); {@code onDone} gets the new
     * recovery code, or null when the current one was kept. The open vault is locked by then.
     */
    public void rekey(Consumer<char[]> onDone) {
        if (!canRekey.get()) {
            return;
        }
        Map<String, char[]> keep = new LinkedHashMap<>();
        keep.put(open.workerName(), ownPassphrase.get().toCharArray());
        for (Worker w : others) {
            if (!w.passphrase().get().isEmpty()) {
                keep.put(w.name(), w.passphrase().get().toCharArray());
            }
            w.passphrase().set("");
        }
        char[] code = newRecoveryCode.get() ? null : currentRecoveryCode.get().toCharArray();
        ownPassphrase.set("");
        currentRecoveryCode.set("");
        message.set(messages.text("vault.rekey.busy"));
        lane.run(() -> {
            try {
                return java.util.Optional.ofNullable(vault.rekey(open, keep, code, finish));
            } finally {
                keep.values().forEach(p -> java.util.Arrays.fill(p, '\0'));
                if (code != null) {
                    java.util.Arrays.fill(code, '\0');
                }
            }
        }, made -> {
            message.set("");
            onDone.accept(made.orElse(null));
        }, failure -> message.set(FailureText.describe(messages, failure)));
    }
}
