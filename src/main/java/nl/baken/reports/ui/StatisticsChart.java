package nl.baken.reports.ui;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.reports.CountCell;
import nl.baken.reports.Statistics;
import nl.baken.reports.StatisticsLabels;
import nl.baken.reports.StatisticsMeasure;

/**
 * What one chart draws, and all it may draw: a title and one bar per category, whose value is the cell's exact count
 * or none at all for a suppressed cell (its label then ends in {@code <5}). A chart, and so a saved PNG, is made
 * from this alone, so it can hold no count of 1 to 4.
 */
public record StatisticsChart(StatisticsMeasure measure, String title, List<Bar> bars) {

    /** One category: its label in the worker's language, and its height (empty: no bar, the cell is {@code <5}). */
    public record Bar(String label, OptionalInt value) {
    }

    public StatisticsChart {
        bars = List.copyOf(bars);
    }

    /** The five charts of these statistics, in the tables' order. */
    public static List<StatisticsChart> of(Statistics statistics, Messages messages) {
        String language = messages.locale().getLanguage();
        return java.util.Arrays.stream(StatisticsMeasure.values()).map(m -> new StatisticsChart(m,
                messages.text(StatisticsLabels.measureKey(m)), statistics.rows(m).stream()
                .map(row -> bar(label(m, row.code(), messages, language), row.count())).toList())).toList();
    }

    private static String label(StatisticsMeasure m, String code, Messages messages, String language) {
        return StatisticsLabels.categoryKey(m, code).map(messages::text)
                .orElseGet(() -> DateTimes.shortMonth(YearMonth.parse(code), language));
    }

    private static Bar bar(String label, CountCell cell) {
        return new Bar(cell.suppressed() ? label + " (" + cell.text() + ")" : label, cell.shown());
    }
}
