package nl.baken.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search index's texts laid end to end in one string, so a search reads memory in order: at 100,000 cases a visit
 * to every entry costs cache misses, one {@code indexOf} over the whole does not. Built by {@link CaseSearchIndex}
 * when it is searched after a change, dropped at the next change and at lock; never written anywhere.
 */
final class SearchSnapshot {

    /** Between two entries' texts: never part of a search word, as words are split on white space. */
    private static final char GAP = '\n';

    private final long version;
    private final String[] ids;
    private final String[] texts;
    /** Where each entry's text starts in {@link #all}; one more than there are entries, the last is the end. */
    private final int[] starts;
    private final String all;

    private SearchSnapshot(long version, String[] ids, String[] texts, int[] starts, String all) {
        this.version = version;
        this.ids = ids;
        this.texts = texts;
        this.starts = starts;
        this.all = all;
    }

    /** The entries as they are now, tagged with the index's {@code version} they were read at. */
    static SearchSnapshot of(long version, Map<String, CaseSearchIndex.Entry> entries) {
        List<String> ids = new ArrayList<>(entries.size());
        List<String> texts = new ArrayList<>(entries.size());
        entries.forEach((id, e) -> {
            ids.add(id);
            texts.add(e.text());
        });
        int[] starts = new int[ids.size() + 1];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            starts[i] = all.length();
            all.append(texts.get(i)).append(GAP);
        }
        starts[ids.size()] = all.length();
        return new SearchSnapshot(version, ids.toArray(String[]::new), texts.toArray(String[]::new), starts,
                all.toString());
    }

    long version() {
        return version;
    }

    int size() {
        return ids.length;
    }

    /**
     * The ids whose text contains every one of {@code words} (normalised, none blank, at least one): the longest
     * word is looked for in the whole string, and each entry it occurs in is checked for the others.
     */
    Set<String> search(List<String> words) {
        String first = words.get(0);
        for (String w : words) {
            if (w.length() > first.length()) {
                first = w;
            }
        }
        Set<String> hits = new HashSet<>();
        int from = 0;
        int at;
        while ((at = all.indexOf(first, from)) >= 0) {
            int entry = entryAt(at);
            if (CaseSearchIndex.matches(texts[entry], words)) {
                hits.add(ids[entry]);
            }
            from = starts[entry + 1];
        }
        return hits;
    }

    private int entryAt(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    @Override
    public String toString() {
        return "SearchSnapshot[" + ids.length + " entries]"; // never the texts
    }
}
