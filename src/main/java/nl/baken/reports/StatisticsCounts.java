package nl.baken.reports;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw counts of a period, small ones included: they never leave this package; {@link #suppressed()} is what
 * screens, files and charts get.
 */
final class StatisticsCounts {

    private final StatisticsPeriod period;
    private final Map<StatisticsMeasure, Map<String, Integer>> tables = new EnumMap<>(StatisticsMeasure.class);
    private int counted;
    private int leftOut;

    StatisticsCounts(StatisticsPeriod period) {
        this.period = period;
        for (StatisticsMeasure m : StatisticsMeasure.values()) {
            tables.put(m, new LinkedHashMap<>());
        }
    }

    void put(StatisticsMeasure measure, String code, int count) {
        tables.get(measure).put(code, count);
    }

    void add(StatisticsMeasure measure, String code, int count) {
        tables.get(measure).merge(code, count, Integer::sum);
    }

    void setCounted(int counted) {
        this.counted = counted;
    }

    void setLeftOut(int leftOut) {
        this.leftOut = leftOut;
    }

    /** The raw count of one category (0 when the table has no such row). */
    int get(StatisticsMeasure measure, String code) {
        return tables.get(measure).getOrDefault(code, 0);
    }

    /** The raw table, in its order. */
    Map<String, Integer> table(StatisticsMeasure measure) {
        return java.util.Collections.unmodifiableMap(tables.get(measure));
    }

    int counted() {
        return counted;
    }

    int leftOut() {
        return leftOut;
    }

    /** The counts as they may be shown: every one through {@link CountCell#of}. */
    Statistics suppressed() {
        Map<StatisticsMeasure, List<Statistics.Row>> out = new EnumMap<>(StatisticsMeasure.class);
        tables.forEach((m, rows) -> out.put(m, rows.entrySet().stream()
                .map(e -> new Statistics.Row(e.getKey(), CountCell.of(e.getValue()))).toList()));
        return new Statistics(period, out, CountCell.of(counted), CountCell.of(leftOut));
    }
}
