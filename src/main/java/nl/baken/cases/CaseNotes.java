package nl.baken.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.baken.audit.AuditLog;
import nl.baken.store.Store;

/** Short dated notes of a case (summaries, not transcripts), sealed like everything; adding one is audited. */
public final class CaseNotes {

    private final Store store;
    private final CaseRepository cases;
    private final NoteRepository notes;
    private final AuditLog audit;
    private final DeskCalendar calendar;
    private final CaseLookup lookup;

    CaseNotes(Store store, CaseRepository cases, NoteRepository notes, AuditLog audit, DeskCalendar calendar,
              CaseLookup lookup) {
        this.store = store;
        this.cases = cases;
        this.notes = notes;
        this.audit = audit;
        this.calendar = calendar;
        this.lookup = lookup;
    }

    /** Adds a short note (a summary, at most {@link CaseNote#MAX_TEXT} characters; line breaks allowed). */
    public CaseNote add(String caseId, String text, String workerId) {
        String clean = DeskText.require(text, CaseNote.MAX_TEXT, true);
        CaseFile c = lookup.require(caseId);
        OffsetDateTime now = calendar.stamp();
        CaseNote note = new CaseNote(UUID.randomUUID().toString(), c.id(), now, clean, workerId);
        store.inTransaction(dsl -> {
            notes.create(note);
            cases.touch(c.id(), now);
            audit.append(dsl, workerId, "NOTE_ADD", note.id());
            return null;
        });
        return note;
    }

    /** A case's notes, newest first. */
    public List<CaseNote> of(String caseId) {
        return notes.forCase(caseId);
    }
}
