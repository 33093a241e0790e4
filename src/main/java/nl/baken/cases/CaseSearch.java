package nl.baken.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The desk's reads over every case: the list rows (plain columns only), the aliases when the worker reveals them,
 * what fills the search index, and the command line's search (aliases and notes opened here, matched in memory).
 */
public final class CaseSearch {

    private final CaseRepository cases;
    private final NoteRepository notes;
    private final Supplier<LocalDate> today;

    CaseSearch(CaseRepository cases, NoteRepository notes, Supplier<LocalDate> today) {
        this.cases = cases;
        this.notes = notes;
        this.today = today;
    }

    /** Every case as a list row, newest activity first (one query, nothing sealed opened). */
    public List<CaseSummary> summaries() {
        return cases.summaries();
    }

    public Optional<CaseSummary> summary(String caseId) {
        return cases.summary(caseId);
    }

    /** Every alias by case id: for revealing the alias column (opens each one). */
    public Map<String, String> aliases() {
        return cases.aliases();
    }

    /** What every case can be found by, opened from the vault: for an in-memory search index. */
    public List<CaseSearchText> searchTexts() {
        Map<String, String> aliases = cases.aliases();
        Map<String, List<String>> texts = notes.textsByCase();
        List<CaseSearchText> all = new ArrayList<>();
        for (CaseSummary c : cases.summaries()) {
            all.add(textOf(c, aliases, texts));
        }
        return all;
    }

    /** What the cases of {@code rows} can be found by (one chunk of the search index: two queries for them). */
    public List<CaseSearchText> searchTexts(List<CaseSummary> rows) {
        List<String> ids = rows.stream().map(CaseSummary::id).toList();
        Map<String, String> aliases = cases.aliasesOf(ids);
        Map<String, List<String>> texts = notes.textsByCaseOf(ids);
        List<CaseSearchText> all = new ArrayList<>();
        for (CaseSummary c : rows) {
            all.add(textOf(c, aliases, texts));
        }
        return all;
    }

    /**
     * The cases whose reference, alias or notes contain every word of {@code text} (case- and accent-insensitively, as
     * the app's search finds them), optionally only those with {@code status}, and with {@code dueOnly} only those
     * with an open task due today or earlier; list order. Alias and notes are sealed, so they are opened here and
     * matched in memory, never in SQL.
     */
    public List<CaseSummary> search(String text, Optional<CaseStatus> status, boolean dueOnly) {
        Map<String, String> aliases = cases.aliases();
        Map<String, List<String>> texts = notes.textsByCase();
        LocalDate day = today.get();
        return cases.summaries().stream()
                .filter(c -> status.map(s -> s == c.status()).orElse(true))
                .filter(c -> !dueOnly || c.nextDue().map(d -> !d.isAfter(day)).orElse(false))
                .filter(c -> textOf(c, aliases, texts).matches(text))
                .toList();
    }

    private static CaseSearchText textOf(CaseSummary c, Map<String, String> aliases, Map<String, List<String>> texts) {
        return new CaseSearchText(c.id(), c.reference(), Optional.ofNullable(aliases.get(c.id())),
                texts.getOrDefault(c.id(), List.of()));
    }
}
