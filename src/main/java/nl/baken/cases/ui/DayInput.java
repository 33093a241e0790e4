package nl.baken.cases.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a day typed as the date fields show it (31-12-2026, day first; 1-2-2026 too) and a time (9:30, 14:05).
 * A day that does not exist (31-02) is no day: it is refused, never moved to another.
 */
final class DayInput {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private DayInput() {
    }

    static Optional<LocalDate> day(String text) {
        String t = text == null ? "" : text.strip().replace('/', '-').replace('.', '-');
        try {
            return Optional.of(LocalDate.parse(t, DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True for an empty text (no time given) or a real time of day. */
    static boolean isTimeOrEmpty(String text) {
        return clean(text).isEmpty() || time(text).isPresent();
    }

    /** The time of day typed; empty when none (or none that exists) was typed. */
    static Optional<LocalTime> time(String text) {
        try {
            return clean(text).isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(clean(text), TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replace('.', ':');
    }
}
