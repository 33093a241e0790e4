package nl.baken.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import nl.baken.store.SettingsRepository;

/**
 * When the last verified backup was made, kept in the vault's settings, and whether it is older than the setting
 * {@value #DAYS_SETTING} (default {@value #DEFAULT_DAYS} days): what the home screen's reminder reads.
 */
public final class BackupReminder {

    static final String LAST_VERIFIED = "vault_backup.last_verified_at";
    public static final String DAYS_SETTING = "vault_backup.reminder_days";
    public static final int DEFAULT_DAYS = 7;
    /** The longest reminder age the setting takes: a year. */
    public static final int MAX_DAYS = 365;

    private final SettingsRepository settings;
    private final Clock clock;

    public BackupReminder(SettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    void recordVerified() {
        settings.put(LAST_VERIFIED, clock.instant().toString());
    }

    /** The time of the last verified backup, if any was made (an unreadable value counts as none). */
    public Optional<Instant> lastVerified() {
        try {
            return settings.get(LAST_VERIFIED).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The reminder's age limit in days: the setting when it is a whole number from 1, else the default. */
    public int days() {
        return settings.get(DAYS_SETTING).flatMap(BackupReminder::positive).orElse(DEFAULT_DAYS);
    }

    /** Sets the reminder's age limit; only a whole number of days from 1 to {@value #MAX_DAYS} is kept. */
    public void setDays(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("reminder days out of range");
        }
        settings.put(DAYS_SETTING, Integer.toString(days));
    }

    /** True when no verified backup exists or the last is older than {@link #days()}. */
    public boolean due() {
        return lastVerified().map(t -> Duration.between(t, clock.instant()).compareTo(Duration.ofDays(days())) > 0)
                .orElse(true);
    }

    private static Optional<Integer> positive(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n >= 1 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
