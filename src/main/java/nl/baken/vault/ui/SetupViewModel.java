package nl.baken.vault.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.TaskLane;
import nl.baken.vault.PassphrasePolicy;
import nl.baken.vault.Vault;

/** State and rules of the first-run screen: the first worker's name and passphrase, and creating the vault. */
public final class SetupViewModel {

    private final Vault vault;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<char[]> onCreated;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    /** The sender organisation named on referrals, optional here; saved in the vault at the first unlock. */
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty organisationContact = new SimpleStringProperty("");
    private final ObjectProperty<PassphrasePolicy.Strength> strength =
            new SimpleObjectProperty<>(PassphrasePolicy.Strength.TOO_SHORT);
    private final TaskLane lane;
    private final ReadOnlyBooleanProperty busy;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canCreate;

    /** {@code onCreated} receives the recovery code to show once. */
    public SetupViewModel(Vault vault, BackgroundTasks tasks, Messages messages, Consumer<char[]> onCreated) {
        this.vault = vault;
        this.tasks = tasks;
        this.lane = tasks.lane();
        this.busy = lane.busyProperty();
        this.messages = messages;
        this.onCreated = onCreated;
        strength.bind(Bindings.createObjectBinding(
                () -> PassphrasePolicy.strength(passphrase.get().toCharArray()), passphrase));
        canCreate = Bindings.createBooleanBinding(() -> !name.get().isBlank()
                        && strength.get().acceptable()
                        && passphrase.get().equals(confirmation.get()) && !busy.get(),
                name, strength, passphrase, confirmation, busy);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty organisationContactProperty() {
        return organisationContact;
    }

    public ReadOnlyObjectProperty<PassphrasePolicy.Strength> strengthProperty() {
        return strength;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The hint under the passphrase field: its strength, or that the two entries differ. */
    public String hint() {
        return PassphraseHint.text(messages, passphrase.get(), confirmation.get());
    }

    /** Creates the vault in the background; on success the fields are cleared and the recovery code handed on. */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        error.set("");
        String worker = name.get();
        char[] secret = passphrase.get().toCharArray();
        lane.run(() -> {
            try {
                char[] code = vault.setUp(worker, secret);
                // H2 made the database file with the default permissions: owner-only now, before it is used.
                vault.directory().restrictFiles();
                return code;
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, code -> {
            passphrase.set("");
            confirmation.set("");
            onCreated.accept(code);
        }, failure -> {
            error.set(FailureText.describe(messages, failure));
        });
    }
}
