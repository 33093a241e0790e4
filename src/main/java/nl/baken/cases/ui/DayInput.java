package nl.baken.cases.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import nl.baken.i18n.DateTimes;

/**
 * Reads a day typed as the date fields show it (31-12-2026, day first; 1-2-2026, 1/2/2026 and 1.2.2026 too) and a
 * time (9:30, 14.05). A day that does not exist (31-02) is no day: it is refused, never moved to another.
 */
final class DayInput {

    private DayInput() {
    }

    static Optional<LocalDate> day(String text) {
        return DateTimes.readTyped(text == null ? "" : text.strip().replace('/', '-').replace('.', '-'));
    }

    /** True for an empty text (no time given) or a real time of day. */
    static boolean isTimeOrEmpty(String text) {
        return clean(text).isEmpty() || time(text).isPresent();
    }

    /** The time of day typed; empty when none (or none that exists) was typed. */
    static Optional<LocalTime> time(String text) {
        return clean(text).isEmpty() ? Optional.empty() : DateTimes.readTime(clean(text));
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replace('.', ':');
    }
}
