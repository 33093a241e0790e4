package nl.baken.store;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.CASE_TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The sealer reuses its ciphers: values sealed and opened on many threads at once, and after damaged ones. */
class SealerTest {

    private final Sealer sealer = Sealer.forDatabaseKey(new byte[32]);

    @Test
    void valuesSealedAndOpenedOnFourThreadsAtOnceComeBackExactly() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                Callable<Integer> work = () -> {
                    Random random = new Random(thread);
                    for (int i = 0; i < 2_000; i++) {
                        String id = "case-" + thread + "-" + i;
                        String text = "Ilona Wiśniewska " + thread + "/" + i + " ✓ " + Long.toHexString(random.nextLong());
                        byte[] sealed = sealer.seal(CASE_FILE.ALIAS, text, id);
                        assertThat(sealer.open(CASE_FILE.ALIAS, sealed, id)).isEqualTo(text);
                    }
                    return thread;
                };
                done.add(pool.submit(work));
            }
            for (Future<Integer> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        byte[] first = sealer.seal(CASE_FILE.ALIAS, "Mira", "c1");
        byte[] second = sealer.seal(CASE_FILE.ALIAS, "Mira", "c1");
        assertThat(first).isNotEqualTo(second);
        assertThat(sealer.open(CASE_FILE.ALIAS, first, "c1")).isEqualTo("Mira");
        assertThat(sealer.open(CASE_FILE.ALIAS, second, "c1")).isEqualTo("Mira");
    }

    @Test
    void aDamagedOrMovedValueFailsAndTheNextValuesStillOpen() {
        byte[] good = sealer.seal(CASE_FILE.ALIAS, "Mira", "c1");
        byte[] flipped = good.clone();
        flipped[flipped.length - 1] ^= 1;
        byte[] task = sealer.seal(CASE_TASK.TASK_TEXT, "Bel de opvang", "t1");
        for (int round = 0; round < 3; round++) {
            assertThat(catchThrowableOfType(() -> sealer.open(CASE_FILE.ALIAS, flipped, "c1"), StoreException.class)
                    .reason()).isEqualTo(StoreException.Reason.DAMAGED);
            assertThat(catchThrowableOfType(() -> sealer.open(CASE_FILE.ALIAS, good, "c2"), StoreException.class)
                    .where()).isEqualTo("CASE_FILE c2");
            assertThat(catchThrowableOfType(() -> sealer.open(CASE_TASK.TASK_TEXT, good, "c1"), StoreException.class)
                    .reason()).isEqualTo(StoreException.Reason.DAMAGED);
            assertThat(sealer.open(CASE_FILE.ALIAS, good, "c1")).isEqualTo("Mira");
            assertThat(sealer.open(CASE_TASK.TASK_TEXT, task, "t1")).isEqualTo("Bel de opvang");
            assertThat(sealer.open(CASE_FILE.ALIAS, sealer.seal(CASE_FILE.ALIAS, "Anna " + round, "c3"), "c3"))
                    .isEqualTo("Anna " + round);
        }
    }

    @Test
    void aSealerWithAnotherKeyOpensNothingOfThisOne() {
        byte[] other = new byte[32];
        other[0] = 1;
        byte[] sealed = sealer.seal(CASE_FILE.ALIAS, "Mira", "c1");
        assertThat(catchThrowableOfType(() -> Sealer.forDatabaseKey(other).open(CASE_FILE.ALIAS, sealed, "c1"),
                StoreException.class).reason()).isEqualTo(StoreException.Reason.DAMAGED);
        assertThat(sealer.open(CASE_FILE.ALIAS, sealed, "c1")).isEqualTo("Mira");
    }
}
