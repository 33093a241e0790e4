package nl.baken.i18n;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times in the user's language, for the screen and the referral PDF alike: the one place that knows
 * their patterns. Dutch writes days as 31-12-2024, the way Dutch forms do; other languages write the month in
 * words (31 December 2024), so no reader has to guess whether 03-04 is March or April.
 */
public final class DateTimes {

    /** The day as it is typed into a date field, in every language: the form {@code ApproximateDate} reads. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT);
    private static final DateTimeFormatter DUTCH_DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm",
            Locale.forLanguageTag("nl"));

    /** A typed day, day first, with or without leading zeros (1-2-2026); strict, so 31-02 is no day at all. */
    private static final DateTimeFormatter TYPED_READ = DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    /** A typed time of day, 24-hour (9:30, 14:05). */
    private static final DateTimeFormatter TIME_READ = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmm", Locale.ROOT);

    private DateTimes() {
    }

    /** The day in {@code text} typed as a date field shows it (31-12-2026, 1-2-2026); empty when it is no day. */
    public static Optional<LocalDate> readTyped(String text) {
        try {
            return Optional.of(LocalDate.parse(text, TYPED_READ));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The time of day in {@code text} (9:30, 14:05); empty when it is no time. */
    public static Optional<LocalTime> readTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text, TIME_READ));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A day in the form a date field shows and takes back: 31-12-2024 (day first, in every language). */
    public static String typed(TemporalAccessor day) {
        return TYPED.format(day);
    }

    /** A day to read: 31-12-2024 in Dutch, 31 December 2024 in English (and the month in words elsewhere). */
    public static String date(TemporalAccessor day, String language) {
        return isDutch(language) ? TYPED.format(day) : written(day, language);
    }

    /** A moment to read, to the minute: 31-12-2024 14:05 in Dutch, 31 December 2024, 14:05 in English. */
    public static String dateTime(TemporalAccessor moment, String language) {
        return isDutch(language) ? DUTCH_DATE_TIME.format(moment)
                : DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", locale(language)).format(moment);
    }

    /** A day with the month in words in every language: 31 december 2024, 31 December 2024. */
    public static String written(TemporalAccessor day, String language) {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale(language)).format(day);
    }

    /** A month and year: maart 2024, March 2024, marzec 2024 (the month standing alone). */
    public static String month(TemporalAccessor month, String language) {
        return DateTimeFormatter.ofPattern("LLLL uuuu", locale(language)).format(month);
    }

    /** A month and year, the month short: mrt. 2024, Mar 2024 (a chart's axis). */
    public static String shortMonth(TemporalAccessor month, String language) {
        return DateTimeFormatter.ofPattern("LLL uuuu", locale(language)).format(month);
    }

    /** A moment to the second that sorts as text, the same in every language: 2024-12-31 14:05:09 (audit lists). */
    public static String sortable(TemporalAccessor moment) {
        return SORTABLE.format(moment);
    }

    /** A moment to the minute for a file's name: 2024-12-31-1405. */
    public static String fileStamp(TemporalAccessor moment) {
        return FILE_STAMP.format(moment);
    }

    private static boolean isDutch(String language) {
        return "nl".equals(language);
    }

    private static Locale locale(String language) {
        return language == null || language.isBlank() ? Locale.forLanguageTag("nl") : Locale.forLanguageTag(language);
    }
}
