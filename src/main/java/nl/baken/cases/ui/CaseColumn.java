package nl.baken.cases.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.function.Function;
import nl.baken.cases.CaseSummary;
import nl.baken.questionnaire.Exploitation;

/** The case list's sortable columns and how each orders the rows (the alias by what the search index knows). */
public enum CaseColumn {
    REFERENCE(Comparator.comparing(CaseSummary::reference)),
    ALIAS(Comparator.comparing(CaseSummary::reference)),
    STATUS(Comparator.comparing(CaseSummary::status)),
    WORKER(Comparator.comparing(CaseSummary::workerId)),
    LAST_ACTIVITY(Comparator.comparing(CaseSummary::lastActivityAt, OffsetDateTime.timeLineOrder())),
    NEXT_DUE(Comparator.comparing((CaseSummary r) -> r.nextDue().orElse(LocalDate.MAX))),
    FORMS(Comparator.comparing((CaseSummary r) -> r.exploitationForms().stream().sorted().map(Exploitation::name)
            .collect(java.util.stream.Collectors.joining(","))));

    private final Comparator<CaseSummary> order;

    CaseColumn(Comparator<CaseSummary> order) {
        this.order = order;
    }

    /**
     * The column's order, with the reference breaking ties so a sort is total; {@code alias} gives a row's alias
     * (only the alias column, revealed, uses it).
     */
    Comparator<CaseSummary> order(boolean ascending, Function<CaseSummary, String> alias) {
        Comparator<CaseSummary> c = this == ALIAS ? Comparator.comparing(alias, String.CASE_INSENSITIVE_ORDER) : order;
        return (ascending ? c : c.reversed()).thenComparing(CaseSummary::reference);
    }
}
