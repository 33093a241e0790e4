package nl.baken.cases;

import java.util.List;
import java.util.Map;

/** Notes of cases in the encrypted store; the text is sealed. */
public interface NoteRepository {

    void create(CaseNote note);

    /** A case's notes, newest first. */
    List<CaseNote> forCase(String caseId);

    /** Every note's text by case id, oldest first: for search, which has to open them (they are sealed). */
    Map<String, List<String>> textsByCase();

    /** As {@link #textsByCase()}, for the cases {@code ids} only (one chunk of the search index). */
    Map<String, List<String>> textsByCaseOf(java.util.Collection<String> ids);
}
