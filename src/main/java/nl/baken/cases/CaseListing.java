package nl.baken.cases;

import java.util.List;
import java.util.Map;

/** The case list's queries: the rows of every case, and the aliases for the search index. */
public interface CaseListing {

    /** The number of cases, counted by the database. */
    int count();

    /** Every case as a list line, newest activity first: one query over plain columns, nothing opened. */
    List<CaseRow> rows();

    /** Every case's reference and opened alias, for {@link CaseSearchIndex}; read once per session. */
    Map<String, CaseSearchIndex.Entry> searchEntries();
}
