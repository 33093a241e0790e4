package nl.baken.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.baken.backup.BackupReminder;
import nl.baken.i18n.Messages;
import nl.baken.store.SettingsRepository;
import nl.baken.ui.BackgroundTasks;
import org.junit.jupiter.api.Test;

/**
 * The backup screen's rules without a vault: nothing to make before a folder is chosen, the reminder's days read
 * and kept, and a wrong number of days gets one message and changes nothing.
 */
class BackupViewModelTest {

    private final Map<String, String> stored = new HashMap<>();
    private final SettingsRepository settings = new SettingsRepository() {
        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(stored.get(name));
        }

        @Override
        public void put(String name, String value) {
            stored.put(name, value);
        }
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private final Messages messages = Messages.of("nl");
    private final BackupViewModel model = new BackupViewModel(null, new BackupViewModel.Session(null,
            new BackupReminder(settings, clock), event -> { /* this test checks the reminder, not the audit entry */ }, clock), BackgroundTasks.sameThread(), messages,
            Runnable::run);

    @Test
    void noBackupBeforeAFolderIsChosen() {
        assertThat(model.canCreateProperty().get()).isFalse();
        model.create();
        assertThat(model.resultProperty().get()).isEmpty();
        model.folderProperty().set(java.nio.file.Path.of("/media/usb"));
        assertThat(model.canCreateProperty().get()).isTrue();
    }

    @Test
    void theReminderDaysAreReadAndKeptAndAWrongNumberChangesNothing() {
        model.load();
        assertThat(model.daysProperty().get()).isEqualTo("7");
        assertThat(model.lastProperty().get()).isEqualTo(messages.text("backup.ui.last_none"));
        for (String wrong : new String[] {"0", "366", "zeven", "", "1.5"}) {
            model.daysProperty().set(wrong);
            model.saveDays();
            assertThat(model.messageProperty().get()).as(wrong)
                    .isEqualTo(messages.text("backup.ui.days_invalid", BackupReminder.MAX_DAYS));
            assertThat(stored).as(wrong).doesNotContainKey(BackupReminder.DAYS_SETTING);
        }
        model.daysProperty().set(" 14 ");
        model.saveDays();
        assertThat(stored).containsEntry(BackupReminder.DAYS_SETTING, "14");
        assertThat(new BackupReminder(settings, clock).days()).isEqualTo(14);
    }
}
