package nl.baken.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The session's search index: part of a reference, alias or note finds a case; edits and lock keep it true. */
class CaseSearchIndexTest {

    private final CaseSearchIndex index = new CaseSearchIndex();

    private void fill() {
        index.fill(Map.of(
                "a", CaseSearchIndex.Entry.of("BK-2026-7QF3X", Optional.of("Zoë van Dijk"), ""),
                "b", CaseSearchIndex.Entry.of("BK-2026-22222", Optional.of("Marek"), "belde opvang terug"),
                "c", CaseSearchIndex.Entry.of("BK-2026-33333", Optional.empty(), "")));
    }

    @Test
    void partOfAnAliasFindsItIgnoringCaseAndAccents() {
        fill();
        assertThat(index.search("zoe")).containsExactly("a");
        assertThat(index.search("DIJK")).containsExactly("a");
        assertThat(index.search("mar")).containsExactly("b");
    }

    @Test
    void partOfAReferenceOrANoteFindsIt() {
        fill();
        assertThat(index.search("7qf")).containsExactly("a");
        assertThat(index.search("opvang")).containsExactly("b");
    }

    @Test
    void everyWordMustMatchAndABlankQueryMatchesAll() {
        fill();
        assertThat(index.search("zoë dijk")).containsExactly("a");
        assertThat(index.search("zoë marek")).isEmpty();
        assertThat(index.search("  ")).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aNewCaseAndAChangedAliasAreFoundAtOnceAndTheNotesStay() {
        fill();
        index.putCase("d", "BK-2026-44444", Optional.of("Ilse"));
        assertThat(index.search("ilse")).containsExactly("d");
        index.putCase("b", "BK-2026-22222", Optional.of("Piotr"));
        assertThat(index.search("marek")).isEmpty();
        assertThat(index.search("piotr")).containsExactly("b");
        assertThat(index.search("opvang")).containsExactly("b");
        index.putNotes("b", "politie afspraak");
        assertThat(index.search("opvang")).isEmpty();
        assertThat(index.search("politie")).containsExactly("b");
    }

    @Test
    void clearingAtLockForgetsEveryAlias() {
        fill();
        index.clear();
        assertThat(index.isFilled()).isFalse();
        assertThat(index.search("zoe")).isEmpty();
        assertThat(index.alias("a")).isEmpty();
    }

    @Test
    void anEntryNeverShowsItsAliasOrNotesAsText() {
        CaseSearchIndex.Entry e = CaseSearchIndex.Entry.of("BK-2026-22222", Optional.of("Marek"), "opvang");
        assertThat(e.toString()).doesNotContain("Marek").doesNotContain("opvang").doesNotContain("marek");
    }

    @Test
    void aWordSplitOverTwoCasesFindsNeither() {
        index.fill(Map.of(
                "a", CaseSearchIndex.Entry.of("R1", Optional.of("anna"), "opv"),
                "b", CaseSearchIndex.Entry.of("R2", Optional.of("ang"), "")));
        assertThat(index.search("opvang")).isEmpty();
        assertThat(index.search("opv")).containsExactly("a");
        assertThat(index.search("ang r2")).containsExactly("b");
    }

    @Test
    void theLastCaseAndAWordAtTheEndOfItsTextAreFound() {
        index.fill(Map.of("a", CaseSearchIndex.Entry.of("R1", Optional.of("x"), "eind")));
        assertThat(index.search("eind")).containsExactly("a");
        assertThat(index.search("d")).containsExactly("a");
    }
}
