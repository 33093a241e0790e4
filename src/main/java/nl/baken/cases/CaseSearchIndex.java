package nl.baken.cases;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The session's search over what is sealed in the vault (alias, notes) and the reference: filled once off the FX
 * thread after unlock, kept current on edits, and cleared at lock, so a search never decrypts per keystroke. It
 * lives in memory only; nothing of it is ever written, logged or put in an exception.
 */
public final class CaseSearchIndex {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile boolean filled;
    /** Counts the changes, so a search knows whether {@link #snapshot} still holds every entry as it is. */
    private final AtomicLong version = new AtomicLong();
    private volatile SearchSnapshot snapshot;

    /** What one case is found by; {@code text} is the normalised reference, alias and notes together. */
    public record Entry(String reference, Optional<String> alias, String notes, String text) {

        /** An entry with its search text worked out. */
        public static Entry of(String reference, Optional<String> alias, String notes) {
            return new Entry(reference, alias, notes,
                    normalise(reference + "\n" + alias.orElse("") + "\n" + notes));
        }

        @Override
        public String toString() {
            return "Entry[" + reference + "]"; // never the alias or the notes
        }
    }

    /** Replaces the whole index (after unlock). */
    public void fill(Map<String, Entry> all) {
        entries.clear();
        entries.putAll(all);
        changed();
        filled = true;
    }

    /** Adds one chunk of the index (after unlock, in turn); {@link #markFilled()} after the last. */
    public void putAll(Map<String, Entry> some) {
        entries.putAll(some);
        changed();
    }

    /** Every chunk is in: the index is filled for this session. */
    public void markFilled() {
        filled = true;
    }

    /** True once {@link #fill} (or every chunk and {@link #markFilled()}) has run in this session. */
    public boolean isFilled() {
        return filled;
    }

    /** A case was made or its reference or alias changed: its notes stay. */
    public void putCase(String id, String reference, Optional<String> alias) {
        entries.compute(id, (k, old) -> Entry.of(reference, alias, old == null ? "" : old.notes()));
        changed();
    }

    /** The notes text of a case changed (all its notes, joined). */
    public void putNotes(String id, String notes) {
        entries.computeIfPresent(id, (k, old) -> Entry.of(old.reference(), old.alias(), notes));
        changed();
    }

    /** A note was added to a case. */
    public void addNote(String id, String note) {
        entries.computeIfPresent(id, (k, old) -> Entry.of(old.reference(), old.alias(),
                old.notes().isEmpty() ? note : old.notes() + "\n" + note));
        changed();
    }

    /** The alias of a case as the index knows it (empty when it has none or is not indexed). */
    public Optional<String> alias(String id) {
        Entry e = entries.get(id);
        return e == null ? Optional.empty() : e.alias();
    }

    /**
     * The ids of the cases whose reference, alias or notes contain every word of {@code query}, case- and
     * accent-insensitively ("zoe" finds "Zoë"). A blank query matches every case.
     */
    public Set<String> search(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return new HashSet<>(entries.keySet());
        }
        return current().search(words);
    }

    /** The snapshot of every entry as it is now: the last one if nothing changed since, else a new one. */
    private SearchSnapshot current() {
        long now = version.get();
        SearchSnapshot last = snapshot;
        if (last != null && last.version() == now) {
            return last;
        }
        // Read after the version, so it holds every change counted up to it.
        SearchSnapshot fresh = SearchSnapshot.of(now, entries);
        keep(fresh);
        return fresh;
    }

    /** Keeps a snapshot only if nothing changed while it was read: a lock's clear meanwhile must leave none behind. */
    private synchronized void keep(SearchSnapshot fresh) {
        if (version.get() == fresh.version()) {
            snapshot = fresh;
        }
    }

    /** After every change of the entries: the snapshot no longer holds them (dropped too, for its memory). */
    private synchronized void changed() {
        version.incrementAndGet();
        snapshot = null;
    }

    /** How many entries the kept snapshot holds (0 when none is kept): for tests that nothing stays after a lock. */
    int snapshotSize() {
        SearchSnapshot kept = snapshot;
        return kept == null ? 0 : kept.size();
    }

    /** Whether a case matches {@code query}, as {@link #search} decides. */
    public boolean matches(String id, String query) {
        Entry e = entries.get(id);
        return e != null && matches(e.text(), words(query));
    }

    /** Whether {@code text} (normalised) contains every one of the normalised {@code words}. */
    static boolean matches(String text, List<String> words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The normalised words of a query, for {@link #matches(String, List)} via {@link #search}. */
    static List<String> words(String query) {
        String q = normalise(query == null ? "" : query).strip();
        return q.isEmpty() ? List.of() : List.of(SPACES.split(q));
    }

    public int size() {
        return entries.size();
    }

    /** Drops everything (at lock). */
    public void clear() {
        filled = false;
        entries.clear();
        changed();
    }

    static String normalise(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
