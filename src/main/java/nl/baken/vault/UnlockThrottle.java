package nl.baken.vault;

import java.time.Duration;

/** The growing wait after wrong passphrases: 1, 2, 4, 8, 16 seconds, then 30 seconds for every further try. */
public final class UnlockThrottle {

    public static final Duration MAXIMUM = Duration.ofSeconds(30);
    private int failures;

    public void recordFailure() {
        failures++;
    }

    public void recordSuccess() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }

    /** How long to wait before the next attempt is allowed. */
    public Duration delay() {
        if (failures == 0) {
            return Duration.ZERO;
        }
        long seconds = failures > 5 ? MAXIMUM.toSeconds() : Math.min(MAXIMUM.toSeconds(), 1L << (failures - 1));
        return Duration.ofSeconds(seconds);
    }
}
