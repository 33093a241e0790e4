package nl.baken.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The index searched on one thread while another fills it in chunks, edits it and clears it (a lock): no search
 * fails, a search after a change sees it, and after the last clear nothing of the entries is kept in a snapshot.
 * (A snapshot read during a clear and kept after it is ruled out by {@code CaseSearchIndex.keep}; this test runs
 * into that window only by chance.)
 */
class CaseSearchIndexConcurrencyTest {

    @Test
    void searchesWhileItFillsEditsAndClearsNeverFailAndLeaveNothingAfterTheClear() throws Exception {
        CaseSearchIndex index = new CaseSearchIndex();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread searcher = new Thread(() -> {
            try {
                while (writing.get()) {
                    index.search("noor b");
                    index.search("4");
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        });
        searcher.start();
        for (int round = 0; round < 30; round++) {
            for (int chunk = 0; chunk < 5; chunk++) {
                Map<String, CaseSearchIndex.Entry> some = new HashMap<>();
                for (int i = 0; i < 200; i++) {
                    String id = "c" + (chunk * 200 + i);
                    some.put(id, CaseSearchIndex.Entry.of("BK-" + id, Optional.of("Noor B. " + i), "notitie " + i));
                }
                index.putAll(some);
            }
            index.putCase("c7", "BK-c7", Optional.of("Zofia K."));
            assertThat(index.search("zofia")).containsExactly("c7");
            index.clear();
        }
        writing.set(false);
        searcher.join();

        assertThat(failures).isEmpty();
        assertThat(index.search("noor")).isEmpty();
        assertThat(index.snapshotSize()).isZero();
    }
}
