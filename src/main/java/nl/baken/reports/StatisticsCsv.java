package nl.baken.reports;

import java.util.function.Function;

/**
 * The statistics as CSV (RFC 4180, UTF-8, comma-separated): one line per category of every table, its count as
 * {@link CountCell#text()} (so {@code <5}, never 1 to 4), then the cases counted and left out. Words come from
 * {@code words} (a bundle key to its text in the user's language).
 */
public final class StatisticsCsv {

    private StatisticsCsv() {
    }

    /** The whole file's text, lines ending in CRLF as RFC 4180 asks. */
    public static String write(Statistics statistics, Function<String, String> words) {
        StringBuilder out = new StringBuilder();
        line(out, words.apply("stats.csv.measure"), words.apply("stats.csv.category"), words.apply("stats.csv.count"));
        line(out, words.apply("stats.csv.period"), statistics.period().from() + " - " + statistics.period().to(), "");
        for (StatisticsMeasure m : StatisticsMeasure.values()) {
            String title = words.apply(StatisticsLabels.measureKey(m));
            for (Statistics.Row row : statistics.rows(m)) {
                line(out, title, StatisticsLabels.categoryKey(m, row.code()).map(words).orElse(row.code()),
                        row.count().text());
            }
        }
        line(out, words.apply("stats.csv.counted"), "", statistics.counted().text());
        line(out, words.apply("stats.csv.left_out"), "", statistics.leftOut().text());
        return out.toString();
    }

    private static void line(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells[i]));
        }
        out.append("\r\n");
    }

    /** Quoted when needed; a cell that a spreadsheet would run as a formula gets a leading apostrophe. */
    static String quoted(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+") ? "'" + cell
                : cell;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
