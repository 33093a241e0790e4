package nl.baken.store;

import java.util.List;
import java.util.Map;

/**
 * What a vault check found: rows per table, sealed values opened, large objects read, and the first problems
 * (each a table and a row id or a column, never content). Healthy when there are no problems.
 */
public record CheckReport(Map<String, Long> rowsPerTable, long sealedValues, long largeObjects, List<String> problems) {

    public CheckReport {
        rowsPerTable = Map.copyOf(rowsPerTable);
        problems = List.copyOf(problems);
    }

    public boolean healthy() {
        return problems.isEmpty();
    }

    public long rows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The counts as one line, e.g. {@code 9 tables, 1,204 rows, 880 sealed values, 310 large objects}. */
    public String counts() {
        return String.format(java.util.Locale.ROOT, "%d tables, %d rows, %d sealed values, %d large objects",
                rowsPerTable.size(), rows(), sealedValues, largeObjects);
    }
}
