package nl.baken.cases;

import java.util.List;
import java.util.Optional;

/** What a case can be found by, opened from the vault for an in-memory search: reference, alias and note texts. */
public record CaseSearchText(String caseId, String reference, Optional<String> alias, List<String> notes) {

    /** This case as the app's search index holds it, so the command line and the app find the same cases. */
    public CaseSearchIndex.Entry entry() {
        return CaseSearchIndex.Entry.of(reference, alias, String.join("\n", notes));
    }

    /**
     * True when the reference, alias or notes contain every word of {@code query}, case- and accent-insensitively,
     * exactly as {@link CaseSearchIndex#search} decides ("zoe" finds "Zoë"); a blank query matches.
     */
    public boolean matches(String query) {
        return CaseSearchIndex.matches(entry().text(), CaseSearchIndex.words(query));
    }
}
