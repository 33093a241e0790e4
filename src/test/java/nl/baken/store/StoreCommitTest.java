package nl.baken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One fsync per outermost commit, and a deliberate compaction that keeps the data. */
class StoreCommitTest {

    private static final char[] KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff".toCharArray();

    @TempDir
    Path dir;

    @Test
    void transactionsInsideATransactionAreSyncedOnceWhenTheOutermostCommits() {
        try (Store store = Store.create(dir.resolve("baken"), KEY, Sealer.forDatabaseKey(new byte[32]), "v")) {
            long before = store.durableCommits();
            store.inTransaction(outer -> {
                for (int i = 0; i < 5; i++) {
                    int n = i;
                    store.inTransaction(inner -> inner.execute(
                            "INSERT INTO \"SETTING\" (\"NAME\", \"SETTING_VALUE\") VALUES (?, ?)", "k" + n, "v"));
                }
                return null;
            });
            assertThat(store.durableCommits() - before).isEqualTo(1);
            store.inTransaction(tx -> tx.execute("DELETE FROM \"SETTING\" WHERE \"NAME\" = 'k0'"));
            assertThat(store.durableCommits() - before).isEqualTo(2);
        }
    }

    @Test
    void closingCompactedShrinksTheFileAndKeepsItsRows() throws Exception {
        Path base = dir.resolve("baken");
        Path file = dir.resolve("baken.mv.db");
        try (Store store = Store.create(base, KEY, Sealer.forDatabaseKey(new byte[32]), "v")) {
            // Many small commits leave many mostly empty chunks behind, as autosave does.
            for (int i = 0; i < 400; i++) {
                store.dsl().execute("INSERT INTO \"SETTING\" (\"NAME\", \"SETTING_VALUE\") VALUES (?, ?)", "k" + i,
                        "x".repeat(500));
            }
            store.dsl().execute("DELETE FROM \"SETTING\" WHERE \"NAME\" <> 'k7'");
        }
        long grown = Files.size(file);
        Store again = Store.open(base, KEY, Sealer.forDatabaseKey(new byte[32]), Store.Access.READ_WRITE);
        again.closeCompacted();
        assertThat(again.isOpen()).isFalse();
        assertThat(Files.size(file)).isLessThan(grown / 2);
        try (Store reopened = Store.open(base, KEY, Sealer.forDatabaseKey(new byte[32]), Store.Access.READ_WRITE)) {
            assertThat(reopened.dsl().fetchValue("SELECT COUNT(*) FROM \"SETTING\"")).isEqualTo(1L);
            assertThat(reopened.vaultId()).contains("v");
            assertThat(reopened.check().problems()).isEmpty();
        }
    }
}
