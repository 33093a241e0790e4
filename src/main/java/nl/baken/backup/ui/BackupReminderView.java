package nl.baken.backup.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nl.baken.backup.BackupReminder;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The home screen's line about backups: a reminder when the last verified backup is older than the setting (or
 * there is none), else when it was made; with "Back-up maken" either way.
 */
public final class BackupReminderView {

    /** The reminder as read in the background. */
    public record Status(Optional<Instant> last, boolean due, int days) {

        /** Reads the reminder (a database read: off the FX thread). */
        public static Status of(BackupReminder reminder) {
            return new Status(reminder.lastVerified(), reminder.due(), reminder.days());
        }
    }

    private final Messages messages;

    public BackupReminderView(Messages messages) {
        this.messages = messages;
    }

    public Node build(Status status, ZoneId zone, Runnable onBackup) {
        String text;
        if (status.last().isEmpty()) {
            text = messages.text("backup.reminder.none");
        } else if (status.due()) {
            text = messages.text("backup.reminder.due", status.days(),
                    DateTimes.dateTime(status.last().get().atZone(zone), messages.language()));
        } else {
            text = messages.text("backup.ui.last",
                    DateTimes.dateTime(status.last().get().atZone(zone), messages.language()));
        }
        Label line = Controls.label(text, status.due() ? Css.URGENT : Css.HINT);
        line.getStyleClass().add(Css.INLINE);
        line.setId(status.due() ? "backup-reminder-due" : "backup-reminder-ok");
        HBox.setHgrow(line, Priority.ALWAYS);
        line.setMaxWidth(Double.MAX_VALUE);
        Button backup = Controls.button("home-backup", messages.text("backup.ui.title"), "mdal-backup");
        backup.setOnAction(e -> onBackup.run());
        HBox row = new HBox(12, line, backup);
        row.setId("backup-reminder");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 24, 6, 24));
        row.getStyleClass().add(Css.TOP_BAR);
        return row;
    }
}
