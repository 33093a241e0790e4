package nl.baken.backup.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.baken.backup.BackupHeader;
import nl.baken.backup.BackupSummary;
import nl.baken.backup.RestoreInPlace;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.TaskLane;

/**
 * "Back-up terugzetten" from the unlock screen: choose the file, type a passphrase or the recovery code, read what
 * the backup holds against what the vault holds now (what will be replaced), then replace, all or nothing.
 */
public final class RestoreViewModel {

    private final RestoreInPlace restore;
    private final Messages messages;
    private final ZoneId zone;
    private final TaskLane lane;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty secret = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canRead;
    private final BooleanBinding canReplace;
    private RestoreInPlace.Prepared prepared;

    public RestoreViewModel(RestoreInPlace restore, BackgroundTasks tasks, Messages messages, ZoneId zone) {
        this.restore = restore;
        this.messages = messages;
        this.zone = zone;
        this.lane = tasks.lane();
        canRead = Bindings.createBooleanBinding(() -> file.get() != null && !secret.get().isEmpty()
                && !lane.isBusy(), file, secret, lane.busyProperty());
        canReplace = Bindings.createBooleanBinding(() -> ready.get() && !lane.isBusy(), ready, lane.busyProperty());
        file.addListener((o, was, now) -> forget());
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    /** What the backup holds and what it replaces, once read. */
    public ReadOnlyStringProperty accountProperty() {
        return account.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return lane.busyProperty();
    }

    public BooleanBinding canReadProperty() {
        return canRead;
    }

    public BooleanBinding canReplaceProperty() {
        return canReplace;
    }

    /** Opens the backup (Argon2id, in the background) and says what it would replace. */
    public void read() {
        if (!canRead.get()) {
            return;
        }
        forget();
        Path chosen = file.get();
        char[] typed = secret.get().toCharArray();
        secret.set("");
        message.set(messages.text("restore.ui.reading"));
        lane.run(() -> {
            try {
                return restore.read(chosen, typed);
            } finally {
                java.util.Arrays.fill(typed, '\0');
            }
        }, p -> {
            prepared = p;
            message.set("");
            account.set(accountOf(p));
            ready.set(true);
        }, f -> message.set(BackupTexts.failure(messages, f)));
    }

    private String accountOf(RestoreInPlace.Prepared p) {
        BackupHeader b = p.backup();
        String backup = messages.text("restore.ui.account_backup",
                DateTimes.dateTime(b.created().atZone(zone), messages.language()), b.cases(), b.intakes());
        String now = p.current().map(c -> messages.text("restore.ui.account_now", c.cases(), c.intakes()))
                .orElse(messages.text("restore.ui.account_now_unknown"));
        return backup + "\n" + now + "\n" + messages.text("restore.ui.account_lost");
    }

    /** Replaces the vault by the backup read; {@code onRestored} runs once the restored vault is in place. */
    public void replace(Runnable onRestored) {
        if (!canReplace.get()) {
            return;
        }
        RestoreInPlace.Prepared p = prepared;
        prepared = null;
        ready.set(false);
        message.set(messages.text("restore.ui.restoring"));
        lane.run(() -> restore.restore(p), (BackupSummary s) -> {
            account.set("");
            message.set(messages.text("restore.ui.done", s.header().cases(), s.header().intakes()));
            onRestored.run();
        }, f -> {
            account.set("");
            message.set(BackupTexts.failure(messages, f));
        });
    }

    /** Drops a backup read but not restored (its key is zeroed), e.g. when the worker goes back. */
    public void forget() {
        ready.set(false);
        account.set("");
        if (prepared != null) {
            prepared.close();
            prepared = null;
        }
    }
}
