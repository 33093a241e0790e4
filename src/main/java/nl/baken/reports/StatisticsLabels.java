package nl.baken.reports;

import java.util.Optional;

/**
 * The bundle keys of the statistics' words, shared by the screen, the command line and the CSV: a table's title and
 * each category's label (a month has none: it is written as {@code 2026-03} in every language).
 */
public final class StatisticsLabels {

    private StatisticsLabels() {
    }

    /** The title of a table: {@code stats.measure.new_cases}. */
    public static String measureKey(StatisticsMeasure measure) {
        return "stats.measure." + measure.code();
    }

    /** The key of a category's label, or empty for a month. */
    public static Optional<String> categoryKey(StatisticsMeasure measure, String code) {
        return switch (measure) {
            case NEW_CASES, REFLECTION_PERIODS -> Optional.empty();
            case FORMS -> Optional.of("stats.form." + code);
            case AGE_GROUPS -> Optional.of("stats.age." + code);
            case REFERRALS -> Optional.of(code.equals(StatisticsService.UNKNOWN_PARTNER) ? "stats.partner.unknown"
                    : "audience." + code + ".label");
        };
    }
}
