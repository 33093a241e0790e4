package nl.baken.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.baken.store.SettingsRepository;
import org.junit.jupiter.api.Test;

/** The reminder is due without a verified backup, and when the last is older than the setting (default 7 days). */
class BackupReminderTest {

    private final Map<String, String> values = new HashMap<>();
    private final SettingsRepository settings = new SettingsRepository() {
        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public void put(String name, String value) {
            values.put(name, value);
        }
    };
    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");

    private BackupReminder at(Instant t) {
        return new BackupReminder(settings, Clock.fixed(t, ZoneOffset.UTC));
    }

    @Test
    void dueWithoutABackupAndAfterTheLimit() {
        assertThat(at(now).due()).isTrue();
        at(now).recordVerified();
        assertThat(at(now).lastVerified()).contains(now);
        assertThat(at(now.plus(Duration.ofDays(7))).due()).isFalse();
        assertThat(at(now.plus(Duration.ofDays(7)).plusSeconds(1)).due()).isTrue();
        values.put(BackupReminder.DAYS_SETTING, "30");
        assertThat(at(now.plus(Duration.ofDays(29))).due()).isFalse();
        values.put(BackupReminder.DAYS_SETTING, "nonsense");
        assertThat(at(now).days()).isEqualTo(BackupReminder.DEFAULT_DAYS);
        values.put(BackupReminder.LAST_VERIFIED, "not a time");
        assertThat(at(now).due()).isTrue();
    }
}
