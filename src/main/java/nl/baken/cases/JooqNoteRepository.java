package nl.baken.cases;

import static nl.baken.store.generated.Tables.CASE_NOTE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.baken.store.Store;
import nl.baken.store.generated.tables.records.CaseNoteRecord;

/** {@link NoteRepository} on the encrypted store; the text is sealed, bound to the note's id. */
public final class JooqNoteRepository implements NoteRepository {

    private final Store store;

    public JooqNoteRepository(Store store) {
        this.store = store;
    }

    @Override
    public void create(CaseNote n) {
        store.dsl().insertInto(CASE_NOTE)
                .set(CASE_NOTE.ID, n.id())
                .set(CASE_NOTE.CASE_ID, n.caseId())
                .set(CASE_NOTE.WRITTEN_AT, n.writtenAt())
                .set(CASE_NOTE.NOTE_TEXT, store.sealer().seal(CASE_NOTE.NOTE_TEXT, n.text(), n.id()))
                .set(CASE_NOTE.WORKER_ID, n.workerId())
                .execute();
    }

    @Override
    public List<CaseNote> forCase(String caseId) {
        return store.dsl().selectFrom(CASE_NOTE).where(CASE_NOTE.CASE_ID.eq(caseId))
                .orderBy(CASE_NOTE.WRITTEN_AT.desc(), CASE_NOTE.ID).fetch(this::toNote);
    }

    @Override
    public Map<String, List<String>> textsByCase() {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        store.dsl().select(CASE_NOTE.ID, CASE_NOTE.CASE_ID, CASE_NOTE.NOTE_TEXT).from(CASE_NOTE)
                .orderBy(CASE_NOTE.CASE_ID, CASE_NOTE.WRITTEN_AT, CASE_NOTE.ID)
                .forEach(r -> texts.computeIfAbsent(r.value2(), k -> new ArrayList<>())
                        .add(store.sealer().open(CASE_NOTE.NOTE_TEXT, r.value3(), r.value1())));
        return texts;
    }

    @Override
    public Map<String, List<String>> textsByCaseOf(java.util.Collection<String> ids) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        store.dsl().select(CASE_NOTE.ID, CASE_NOTE.CASE_ID, CASE_NOTE.NOTE_TEXT).from(CASE_NOTE)
                .where(CASE_NOTE.CASE_ID.in(ids))
                .orderBy(CASE_NOTE.CASE_ID, CASE_NOTE.WRITTEN_AT, CASE_NOTE.ID)
                .forEach(r -> texts.computeIfAbsent(r.value2(), k -> new ArrayList<>())
                        .add(store.sealer().open(CASE_NOTE.NOTE_TEXT, r.value3(), r.value1())));
        return texts;
    }

    private CaseNote toNote(CaseNoteRecord r) {
        return new CaseNote(r.getId(), r.getCaseId(), r.getWrittenAt(),
                store.sealer().open(CASE_NOTE.NOTE_TEXT, r.getNoteText(), r.getId()), r.getWorkerId());
    }
}
