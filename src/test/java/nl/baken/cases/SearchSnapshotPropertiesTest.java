package nl.baken.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The index's one-string search finds exactly what a check of every entry finds: words at an entry's start or end,
 * words split over two entries (never a hit), several words in one entry or spread over two, edits in between.
 */
class SearchSnapshotPropertiesTest {

    /** A small alphabet, so words occur often, across entry borders too. */
    private static final String LETTERS = "abcé ";

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.strings().withChars(LETTERS).ofMaxLength(12).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(6);
    }

    @Property(tries = 500)
    void findsWhatACheckOfEveryEntryFinds(@ForAll("texts") List<String> aliases, @ForAll("texts") List<String> notes,
                                          @ForAll("queries") String query) {
        CaseSearchIndex index = new CaseSearchIndex();
        Map<String, CaseSearchIndex.Entry> entries = new HashMap<>();
        for (int i = 0; i < aliases.size(); i++) {
            String note = i < notes.size() ? notes.get(i) : "";
            entries.put("case" + i, CaseSearchIndex.Entry.of("BK-" + i, Optional.of(aliases.get(i)), note));
        }
        index.fill(entries);

        assertThat(index.search(query)).isEqualTo(everyEntryChecked(entries, query));
        // An edit after a search is seen by the next one.
        if (!aliases.isEmpty()) {
            index.putCase("case0", "BK-0", Optional.of(query));
            entries.put("case0", CaseSearchIndex.Entry.of("BK-0", Optional.of(query), entries.get("case0").notes()));
            assertThat(index.search(query)).isEqualTo(everyEntryChecked(entries, query));
        }
    }

    private static Set<String> everyEntryChecked(Map<String, CaseSearchIndex.Entry> entries, String query) {
        List<String> words = CaseSearchIndex.words(query);
        Set<String> hits = new HashSet<>();
        entries.forEach((id, e) -> {
            if (words.stream().allMatch(w -> e.text().contains(w))) {
                hits.add(id);
            }
        });
        return hits;
    }
}
