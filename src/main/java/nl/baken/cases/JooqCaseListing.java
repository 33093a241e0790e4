package nl.baken.cases;

import static nl.baken.store.generated.Tables.CASE_FILE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.baken.store.Store;

/**
 * {@link CaseListing} on the encrypted store and the desk: the rows are {@link CaseDesk#summaries()} (plain columns
 * only); aliases and notes are opened in one pass ({@link CaseDesk#searchTexts()}) for the search index, never per
 * keystroke.
 */
public final class JooqCaseListing implements CaseListing {

    private final Store store;
    private final CaseDesk desk;

    public JooqCaseListing(Store store, CaseDesk desk) {
        this.store = store;
        this.desk = desk;
    }

    @Override
    public int count() {
        return store.dsl().fetchCount(CASE_FILE);
    }

    @Override
    public List<CaseSummary> rows() {
        return desk.summaries();
    }

    @Override
    public Map<String, CaseSearchIndex.Entry> searchEntries() {
        Map<String, CaseSearchIndex.Entry> out = new HashMap<>();
        for (CaseSearchText t : desk.searchTexts()) {
            out.put(t.caseId(), t.entry());
        }
        return out;
    }

    @Override
    public Map<String, CaseSearchIndex.Entry> searchEntries(List<CaseSummary> rows) {
        Map<String, CaseSearchIndex.Entry> out = new HashMap<>();
        for (CaseSearchText t : desk.search().searchTexts(rows)) {
            out.put(t.caseId(), t.entry());
        }
        return out;
    }

    @Override
    public void aliasesRevealed(String workerId) {
        desk.recordAliasReveal(workerId);
    }
}
