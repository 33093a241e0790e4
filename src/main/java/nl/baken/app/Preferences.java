package nl.baken.app;

import java.time.Duration;

/**
 * Settings that must be known before unlock (language, when to lock). They hold no personal data and live in
 * {@code preferences.properties} in the data directory.
 */
public record Preferences(String language, Duration autoLockAfter, boolean lockWhenMinimised) {

    public static final Duration DEFAULT_AUTO_LOCK = Duration.ofMinutes(5);

    public static Preferences defaults() {
        return new Preferences("nl", DEFAULT_AUTO_LOCK, true);
    }

    public Preferences withLanguage(String value) {
        return new Preferences(value, autoLockAfter, lockWhenMinimised);
    }

    public Preferences withAutoLockAfter(Duration value) {
        return new Preferences(language, value, lockWhenMinimised);
    }

    public Preferences withLockWhenMinimised(boolean value) {
        return new Preferences(language, autoLockAfter, value);
    }
}
