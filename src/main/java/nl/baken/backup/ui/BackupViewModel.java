package nl.baken.backup.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.baken.backup.BackupHeader;
import nl.baken.backup.BackupReminder;
import nl.baken.backup.BackupService;
import nl.baken.backup.BackupSummary;
import nl.baken.backup.Progress;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.TaskLane;
import nl.baken.vault.UnlockedVault;

/**
 * "Back-up maken": the folder chosen (a USB stick), then the backup written with a progress bar and, by default,
 * verified ("Controleren"); the result says OK with the counts. All work runs in the background; the reminder's
 * age limit in days is kept in the vault's settings.
 */
public final class BackupViewModel {

    /** What the screen needs from the session: the open vault, its reminder, and the audit log's record. */
    public record Session(UnlockedVault vault, BackupReminder reminder, Consumer<String> audit, Clock clock) {
    }

    private final BackupService service;
    private final Session session;
    private final Messages messages;
    private final Executor fx;
    private final TaskLane lane;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final BooleanProperty verify = new SimpleBooleanProperty(true);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty days = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper last = new ReadOnlyStringWrapper("");
    private final BooleanBinding canCreate;

    /** {@code fx} hands progress to the FX thread ({@code Platform::runLater}; in tests, {@code Runnable::run}). */
    public BackupViewModel(BackupService service, Session session, BackgroundTasks tasks, Messages messages,
                           Executor fx) {
        this.service = service;
        this.session = session;
        this.messages = messages;
        this.fx = fx;
        this.lane = tasks.lane();
        canCreate = Bindings.createBooleanBinding(() -> folder.get() != null && !lane.isBusy(), folder,
                lane.busyProperty());
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public BooleanProperty verifyProperty() {
        return verify;
    }

    /** 0 to 1 while writing; -1 (indeterminate) while verifying. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** When the last verified backup was made, in words. */
    public ReadOnlyStringProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return lane.busyProperty();
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    /** Reads the last verified backup and the reminder's days in the background. */
    public void load() {
        lane.run(() -> new Reminder(session.reminder().lastVerified(), session.reminder().days()), r -> {
            days.set(Integer.toString(r.days()));
            last.set(lastText(r.last()));
        }, this::fail);
    }

    private record Reminder(Optional<java.time.Instant> last, int days) {
    }

    private String lastText(Optional<java.time.Instant> when) {
        return when.map(t -> messages.text("backup.ui.last", DateTimes.dateTime(
                t.atZone(session.clock().getZone()), messages.language())))
                .orElse(messages.text("backup.ui.last_none"));
    }

    /** Keeps the reminder's days; anything but a whole number from 1 to 365 gets one message and changes nothing. */
    public void saveDays() {
        Optional<Integer> n = parseDays(days.get());
        if (n.isEmpty()) {
            message.set(messages.text("backup.ui.days_invalid", BackupReminder.MAX_DAYS));
            return;
        }
        lane.run(() -> {
            session.reminder().setDays(n.get());
            return n.get();
        }, d -> message.set(messages.text("backup.ui.days_saved", d)), this::fail);
    }

    static Optional<Integer> parseDays(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            return n >= 1 && n <= BackupReminder.MAX_DAYS ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes the backup into the chosen folder, then verifies it unless the worker unticked "Controleren". */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        Path out = fileIn(folder.get());
        boolean check = verify.get();
        result.set("");
        progress.set(0);
        message.set(messages.text("backup.ui.writing"));
        lane.run(() -> {
            BackupHeader header = service.write(session.vault(), out, new FxProgress());
            session.audit().accept("BACKUP_CREATE");
            if (!check) {
                return new Outcome(header, null);
            }
            fx.execute(() -> {
                progress.set(-1);
                message.set(messages.text("backup.ui.verifying"));
            });
            return new Outcome(header, service.verifyMade(session.vault(), out));
        }, outcome -> {
            progress.set(1);
            message.set("");
            BackupHeader h = outcome.header();
            result.set(outcome.verified() == null
                    ? messages.text("backup.ui.done_unverified", out, h.cases(), h.intakes())
                    : messages.text("backup.ui.done_verified", out, h.cases(), h.intakes()));
            if (outcome.verified() != null) {
                last.set(lastText(Optional.of(session.clock().instant())));
            }
        }, failure -> {
            progress.set(0);
            fail(failure);
        });
    }

    private record Outcome(BackupHeader header, BackupSummary verified) {
    }

    /** {@code baken-backup-YYYY-MM-DD-HHMM.bkb} in the folder, with a number added when that name is taken. */
    private Path fileIn(Path dir) {
        String stem = "baken-backup-" + DateTimes.fileStamp(LocalDateTime.now(session.clock()));
        Path file = dir.resolve(stem + ".bkb");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(stem + "-" + n + ".bkb");
        }
        return file;
    }

    private void fail(Throwable failure) {
        message.set(BackupTexts.failure(messages, failure));
    }

    /** Progress from the worker thread, handed to the FX thread only when the whole percent changes. */
    private final class FxProgress implements Progress {
        private long shown = -1;

        @Override
        public void rows(long done, long total) {
            long percent = total <= 0 ? 0 : Math.min(100, done * 100 / total);
            if (percent != shown) {
                shown = percent;
                fx.execute(() -> progress.set(percent / 100.0));
            }
        }
    }
}
