package nl.baken.reports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a period as they may be shown or saved: every count a {@link CountCell}, so 1 to 4 are never
 * in it. {@code counted} is the number of cases with statistics consent that fall in the period, {@code leftOut} the
 * number without it (consent never asked, declined or withdrawn).
 */
public record Statistics(StatisticsPeriod period, Map<StatisticsMeasure, List<Row>> tables, CountCell counted,
                         CountCell leftOut) {

    /** One line of a table: a category by its code (a month {@code 2026-03}, a form, a group, an audience). */
    public record Row(String code, CountCell count) {
    }

    public Statistics {
        Map<StatisticsMeasure, List<Row>> copy = new EnumMap<>(StatisticsMeasure.class);
        tables.forEach((m, rows) -> copy.put(m, List.copyOf(rows)));
        tables = Collections.unmodifiableMap(copy);
    }

    /** The rows of one table, in their order. */
    public List<Row> rows(StatisticsMeasure measure) {
        return tables.getOrDefault(measure, List.of());
    }
}
