package nl.baken.cases;

import java.util.List;
import java.util.Optional;

/** What a case can be found by, opened from the vault for an in-memory search: reference, alias and note texts. */
public record CaseSearchText(String caseId, String reference, Optional<String> alias, List<String> notes) {

    /** True when {@code needle} (already lower-cased) occurs in the reference, the alias or a note, ignoring case. */
    public boolean matches(String needle) {
        if (reference.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
            return true;
        }
        if (alias.map(a -> a.toLowerCase(java.util.Locale.ROOT).contains(needle)).orElse(false)) {
            return true;
        }
        return notes.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains(needle));
    }
}
