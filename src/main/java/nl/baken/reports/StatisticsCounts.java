package nl.baken.reports;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** The two tables that split the same new cases, so that one's sum is the other's total (ADR 0019). */
    private static final Set<StatisticsMeasure> SHARED_TOTAL = EnumSet.of(StatisticsMeasure.NEW_CASES,
            StatisticsMeasure.AGE_GROUPS);

    /**
     * The counts as they may be shown: every one through {@link CountCell#of}, and in the tables that share a total
     * cells of 5 or more hidden where a small cell could otherwise be worked out ({@link SharedTotalProtection}).
     * When one of them cannot be made safe even with all its cells hidden, the total is not given away: both tables
     * and the number counted show no number at all.
     */
    Statistics suppressed() {
        Map<StatisticsMeasure, Map<String, CountCell>> cells = new EnumMap<>(StatisticsMeasure.class);
        boolean totalMayShow = true;
        for (StatisticsMeasure m : StatisticsMeasure.values()) {
            if (SHARED_TOTAL.contains(m)) {
                SharedTotalProtection.Protected table = SharedTotalProtection.protect(tables.get(m));
                cells.put(m, table.cells());
                totalMayShow &= table.safe();
            } else {
                cells.put(m, cellsOf(tables.get(m)));
            }
        }
        if (!totalMayShow) {
            SHARED_TOTAL.forEach(m -> cells.put(m, SharedTotalProtection.hideAll(tables.get(m))));
        }
        hideNoFormWhenFewNameOne(cells);
        Map<StatisticsMeasure, List<Statistics.Row>> out = new EnumMap<>(StatisticsMeasure.class);
        cells.forEach((m, rows) -> out.put(m, rows.entrySet().stream()
                .map(e -> new Statistics.Row(e.getKey(), e.getValue())).toList()));
        CountCell countedCell = totalMayShow ? CountCell.of(counted) : SharedTotalProtection.hidden(counted);
        return new Statistics(period, out, countedCell, CountCell.of(leftOut));
    }

    /**
     * The forms table's "no form known" row is the new cases less those that name a form: when only 1 to 4 name one,
     * the new cases' total less that row would say so, and every form's {@code <5} would be narrowed to that few.
     * Then the row shows as {@code 5+} (ADR 0019).
     */
    private void hideNoFormWhenFewNameOne(Map<StatisticsMeasure, Map<String, CountCell>> cells) {
        int newCases = tables.get(StatisticsMeasure.NEW_CASES).values().stream().mapToInt(Integer::intValue).sum();
        int none = get(StatisticsMeasure.FORMS, StatisticsService.NONE);
        int naming = newCases - none;
        if (none >= CountCell.THRESHOLD && naming > 0 && naming < CountCell.THRESHOLD) {
            cells.get(StatisticsMeasure.FORMS).put(StatisticsService.NONE, CountCell.hidden());
        }
    }

    private static Map<String, CountCell> cellsOf(Map<String, Integer> rows) {
        Map<String, CountCell> cells = new LinkedHashMap<>();
        rows.forEach((code, count) -> cells.put(code, CountCell.of(count)));
        return cells;
    }
}
