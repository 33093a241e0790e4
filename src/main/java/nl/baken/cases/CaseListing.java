package nl.baken.cases;

import java.util.List;
import java.util.Map;

/** The case list's reads: how many cases, the rows of every case, and what fills the search index. */
public interface CaseListing {

    /** The number of cases, counted by the database. */
    int count();

    /** Every case as a list row, newest activity first: one query over plain columns, nothing sealed opened. */
    List<CaseSummary> rows();

    /** Every case's reference, opened alias and notes, for {@link CaseSearchIndex}; read once per session. */
    Map<String, CaseSearchIndex.Entry> searchEntries();

    /** As {@link #searchEntries()}, for the cases of {@code rows} only: one chunk of the index, filled in turn. */
    default Map<String, CaseSearchIndex.Entry> searchEntries(List<CaseSummary> rows) {
        Map<String, CaseSearchIndex.Entry> all = searchEntries();
        Map<String, CaseSearchIndex.Entry> some = new java.util.HashMap<>();
        rows.forEach(r -> java.util.Optional.ofNullable(all.get(r.id())).ifPresent(e -> some.put(r.id(), e)));
        return some;
    }

    /** Records in the audit log that {@code workerId} revealed the list's alias column (no case is named). */
    void aliasesRevealed(String workerId);
}
