package nl.baken.cases;

import static nl.baken.store.generated.Tables.CASE_FILE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.baken.store.Sealer;
import nl.baken.store.Store;

/**
 * {@link CaseListing} on the encrypted store. The rows query reads id, reference, status, worker and dates only;
 * the aliases are opened in one pass for the search index, never per keystroke.
 */
public final class JooqCaseListing implements CaseListing {

    private final Store store;

    public JooqCaseListing(Store store) {
        this.store = store;
    }

    @Override
    public int count() {
        return store.dsl().fetchCount(CASE_FILE);
    }

    @Override
    public List<CaseRow> rows() {
        return store.dsl().select(CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.STATUS, CASE_FILE.WORKER_ID,
                        CASE_FILE.CREATED_AT)
                .from(CASE_FILE)
                .orderBy(CASE_FILE.CREATED_AT.desc(), CASE_FILE.ID)
                .fetch(r -> new CaseRow(r.value1(), r.value2(), CaseStatus.valueOf(r.value3()), r.value4(),
                        r.value5(), Optional.empty(), Set.of()));
    }

    @Override
    public Map<String, CaseSearchIndex.Entry> searchEntries() {
        Sealer sealer = store.sealer();
        Map<String, CaseSearchIndex.Entry> out = new HashMap<>();
        store.dsl().select(CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.ALIAS).from(CASE_FILE).fetch().forEach(r ->
                out.put(r.value1(), CaseSearchIndex.Entry.of(r.value2(),
                        Optional.ofNullable(sealer.open(CASE_FILE.ALIAS, r.value3(), r.value1())), "")));
        return out;
    }
}
