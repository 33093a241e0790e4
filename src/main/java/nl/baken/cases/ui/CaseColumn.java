package nl.baken.cases.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.function.Function;
import nl.baken.cases.CaseRow;

/** The case list's sortable columns and how each orders the rows (the alias by what the search index knows). */
public enum CaseColumn {
    REFERENCE(Comparator.comparing(CaseRow::reference)),
    ALIAS(Comparator.comparing(CaseRow::reference)),
    STATUS(Comparator.comparing(CaseRow::status)),
    WORKER(Comparator.comparing(CaseRow::workerId)),
    LAST_ACTIVITY(Comparator.comparing(CaseRow::lastActivity, OffsetDateTime.timeLineOrder())),
    NEXT_DUE(Comparator.comparing((CaseRow r) -> r.nextDue().orElse(LocalDate.MAX))),
    FORMS(Comparator.comparing((CaseRow r) -> String.join(",", r.forms().stream().sorted().toList())));

    private final Comparator<CaseRow> order;

    CaseColumn(Comparator<CaseRow> order) {
        this.order = order;
    }

    /**
     * The column's order, with the reference breaking ties so a sort is total; {@code alias} gives a row's alias
     * (only the alias column, revealed, uses it).
     */
    Comparator<CaseRow> order(boolean ascending, Function<CaseRow, String> alias) {
        Comparator<CaseRow> c = this == ALIAS ? Comparator.comparing(alias, String.CASE_INSENSITIVE_ORDER) : order;
        return (ascending ? c : c.reversed()).thenComparing(CaseRow::reference);
    }
}
