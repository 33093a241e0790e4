package nl.baken.cases;

import java.util.List;
import java.util.Map;

/** A {@link NoteRepository} that adds every new note's text to the session's {@link CaseSearchIndex}. */
public final class IndexedNoteRepository implements NoteRepository {

    private final NoteRepository notes;
    private final CaseSearchIndex index;

    public IndexedNoteRepository(NoteRepository notes, CaseSearchIndex index) {
        this.notes = notes;
        this.index = index;
    }

    @Override
    public void create(CaseNote note) {
        notes.create(note);
        index.addNote(note.caseId(), note.text());
    }

    @Override
    public List<CaseNote> forCase(String caseId) {
        return notes.forCase(caseId);
    }

    @Override
    public Map<String, List<String>> textsByCase() {
        return notes.textsByCase();
    }

    @Override
    public Map<String, List<String>> textsByCaseOf(java.util.Collection<String> ids) {
        return notes.textsByCaseOf(ids);
    }
}
