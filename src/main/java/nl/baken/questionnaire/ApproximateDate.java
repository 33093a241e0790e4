package nl.baken.questionnaire;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that may be known only to its year or month ("about March 2024"), for {@code approximate: true} questions.
 * It is written and stored as given ({@code 2024}, {@code 2024-03} or {@code 2024-03-15}) and compares as the first
 * day of its period. {@link #read(String)} also understands what a worker types: a year, a month and year ("maart
 * 2024", "mrt 2024", "March 2024", "03-2024", "3/2024") or a full date (dd-MM-yyyy, d-M-yyyy, ISO).
 */
public final class ApproximateDate {

    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern CANONICAL = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");
    private static final String SEP = "[-/.]";
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([0-9]{1,2})" + SEP + "([0-9]{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("([0-9]{4})" + SEP + "([0-9]{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("([0-9]{1,2})" + SEP + "([0-9]{1,2})" + SEP
            + "([0-9]{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("([0-9]{4})" + SEP + "([0-9]{1,2})" + SEP
            + "([0-9]{1,2})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(?:([0-9]{1,2}) )?(\\p{L}+)\\.?,? ([0-9]{4})");
    /** Dutch and English month names and their usual short forms. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februari", 2), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("maart", 3), Map.entry("march", 3), Map.entry("mrt", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private final int year;
    private final int month;
    private final int day;
    private final Precision precision;

    private ApproximateDate(int year, int month, int day, Precision precision) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.precision = precision;
    }

    /** The year alone. */
    public static ApproximateDate ofYear(int year) {
        return checked(year, 1, 1, Precision.YEAR).orElseThrow(() -> new IllegalArgumentException("not a year"));
    }

    /** A month of a year. */
    public static ApproximateDate ofMonth(int year, int month) {
        return checked(year, month, 1, Precision.MONTH)
                .orElseThrow(() -> new IllegalArgumentException("not a month"));
    }

    /** A full date. */
    public static ApproximateDate of(LocalDate date) {
        return checked(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY)
                .orElseThrow(() -> new IllegalArgumentException("not a four-digit year"));
    }

    /** The stored form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (a real calendar date), else empty. */
    public static Optional<ApproximateDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CANONICAL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return checked(year, 1, 1, Precision.YEAR);
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            return checked(year, month, 1, Precision.MONTH);
        }
        return checked(year, month, Integer.parseInt(m.group(3)), Precision.DAY);
    }

    /**
     * What a worker typed: a year ({@code 2024}), a month and year ({@code maart 2024}, {@code mrt 2024},
     * {@code March 2024}, {@code 03-2024}, {@code 3/2024}, {@code 2024-03}) or a full date ({@code 15-03-2024},
     * {@code 15-3-2024}, {@code 15/3/2024}, {@code 15.3.2024}, {@code 15 maart 2024}, {@code 2024-03-15}); case and
     * surrounding spaces do not matter. Empty when it cannot be read as one of these.
     */
    public static Optional<ApproximateDate> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(s)).matches()) {
            return checked(number(m, 1), 1, 1, Precision.YEAR);
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            return checked(number(m, 2), number(m, 1), 1, Precision.MONTH);
        }
        if ((m = YEAR_MONTH.matcher(s)).matches()) {
            return checked(number(m, 1), number(m, 2), 1, Precision.MONTH);
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            return checked(number(m, 3), number(m, 2), number(m, 1), Precision.DAY);
        }
        if ((m = YEAR_MONTH_DAY.matcher(s)).matches()) {
            return checked(number(m, 1), number(m, 2), number(m, 3), Precision.DAY);
        }
        if ((m = NAMED_MONTH.matcher(s)).matches()) {
            Integer month = MONTHS.get(m.group(2));
            if (month == null) {
                return Optional.empty();
            }
            if (m.group(1) == null) {
                return checked(number(m, 3), month, 1, Precision.MONTH);
            }
            return checked(number(m, 3), month, number(m, 1), Precision.DAY);
        }
        return Optional.empty();
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Optional<ApproximateDate> checked(int year, int month, int day, Precision precision) {
        if (year < 0 || year > 9999) {
            return Optional.empty();
        }
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new ApproximateDate(year, month, day, precision));
    }

    public Precision precision() {
        return precision;
    }

    /** True when the day is known. */
    public boolean isFullDate() {
        return precision == Precision.DAY;
    }

    public int year() {
        return year;
    }

    /** The month (1-12); 1 when only the year is known. */
    public int month() {
        return month;
    }

    /** The day; 1 when only the year or month is known. */
    public int day() {
        return day;
    }

    /** The first day of the period: how the date counts in {@code less_than} and {@code greater_than}. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month, day);
    }

    /** The stored form, as given: {@code 2024}, {@code 2024-03} or {@code 2024-03-15}. */
    public String canonical() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> firstDay().toString();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApproximateDate other && year == other.year && month == other.month && day == other.day
                && precision == other.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, precision);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
