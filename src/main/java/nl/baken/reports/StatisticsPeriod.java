package nl.baken.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The months the statistics cover, {@code from} to {@code to} inclusive, at most {@value #MAX_MONTHS} of them. */
public record StatisticsPeriod(YearMonth from, YearMonth to) {

    /** Ten years: enough for any report, and it keeps one query's per-month counts bounded. */
    public static final int MAX_MONTHS = 120;
    /** The default period: the last twelve months, this one included. */
    public static final int DEFAULT_MONTHS = 12;

    public StatisticsPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new IllegalArgumentException("period too long");
        }
    }

    /** Whether {@code from} to {@code to} make a period: not reversed, not longer than the maximum. */
    public static boolean valid(YearMonth from, YearMonth to) {
        return !from.isAfter(to) && !from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1));
    }

    /** The last twelve months up to this one in the clock's zone. */
    public static StatisticsPeriod lastYear(Clock clock) {
        YearMonth now = YearMonth.now(clock);
        return new StatisticsPeriod(now.minusMonths(DEFAULT_MONTHS - 1L), now);
    }

    /** A month typed as {@code YYYY-MM}; empty when it is not one. */
    public static Optional<YearMonth> parseMonth(String text) {
        if (text == null || !text.strip().matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Every month of the period, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The first day of the period. */
    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The day after the period. */
    public LocalDate dayAfter() {
        return to.plusMonths(1).atDay(1);
    }

    /** The first moment of {@code month} in {@code zone}. */
    public static OffsetDateTime startOf(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }
}
