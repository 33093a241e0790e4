package nl.baken.bench;

import static nl.baken.store.generated.Tables.CASE_FILE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.baken.cases.CaseFile;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.store.Sealer;
import nl.baken.store.Store;
import nl.baken.support.TestVault;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep7;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What sealing costs a search over case aliases: the alias is AES-256-GCM sealed per row, so a search must read
 * every row and open every alias in memory before it can filter ("decrypt and filter"), where the case list only
 * reads the rows. Cases are made by a batch insert of sealed aliases (the demo command would take hours at one
 * fsync per case). Run with {@code ./mvnw -B -Pbenchmark verify -Dtest=SearchCostBenchmark}.
 */
@Tag("benchmark")
class SearchCostBenchmark {

    private static final int RUNS = 7;

    @TempDir
    Path dir;

    @Test
    void searchOverSealedAliases() throws Exception {
        StringBuilder rows = new StringBuilder();
        try (TestVault vault = TestVault.in(dir)) {
            Store store = vault.open().store();
            int made = 0;
            // -Dbaken.search.sizes=10000 measures only the smaller vault (the 100,000 run needs a quiet machine).
            for (int size : java.util.Arrays.stream(System.getProperty("baken.search.sizes", "10000,100000")
                    .split(",")).mapToInt(Integer::parseInt).toArray()) {
                long t0 = System.nanoTime();
                insertCases(store, made, size - made);
                double insertSeconds = (System.nanoTime() - t0) / 1e9;
                made = size;
                JooqCaseRepository cases = new JooqCaseRepository(store);
                double[] read = new double[RUNS];
                double[] search = new double[RUNS];
                int hits = 0;
                for (int r = 0; r < RUNS + 2; r++) {
                    long a = System.nanoTime();
                    Result<Record> plain = store.dsl().select(CASE_FILE.fields()).from(CASE_FILE)
                            .orderBy(CASE_FILE.CREATED_AT.desc(), CASE_FILE.ID).fetch();
                    long b = System.nanoTime();
                    // Part of an alias, as a worker types it: "kees 003" matches the 1,000 cases Kees 003000-003999.
                    String needle = "kees 00" + (r % 9 + 1);
                    List<CaseFile> found = cases.list().stream().filter(c -> c.alias()
                            .map(x -> x.toLowerCase(Locale.ROOT).contains(needle)).orElse(false)).toList();
                    long c = System.nanoTime();
                    if (r >= 2) {
                        read[r - 2] = (b - a) / 1e6;
                        search[r - 2] = (c - b) / 1e6;
                        hits = found.size();
                    }
                    if (plain.size() != size) {
                        throw new AssertionError("expected " + size + " rows, read " + plain.size());
                    }
                }
                double readMs = BenchReport.percentile(read, 50);
                double searchMs = BenchReport.percentile(search, 50);
                rows.append(String.format(Locale.ROOT,
                        "| %,d | %.0f ms (p90 %.0f) | %.0f ms (p90 %.0f) | %.1f× | %.1f µs | %d | %.0f s |%n",
                        size, readMs, BenchReport.percentile(read, 90), searchMs,
                        BenchReport.percentile(search, 90), searchMs / readMs, (searchMs - readMs) * 1000 / size,
                        hits, insertSeconds));
            }
        }
        String body = String.format(Locale.ROOT, """
                Measured %s with `./mvnw -B -Pbenchmark verify -Dtest=SearchCostBenchmark` (median of %d warm runs,
                one JVM, encrypted H2 file; `nproc` = %d, other builds running on the machine). "List query" reads
                every case row as the case list does (sealed alias bytes, not opened); "decrypt and filter" is a
                search for part of an alias: `JooqCaseRepository.list()` (every alias opened: AES-256-GCM with its
                table, row and column as associated data) then a case-insensitive substring filter in memory.

                | cases | list query (rows only) | decrypt and filter | ratio | sealing cost per case | hits | batch insert |
                |---|---|---|---|---|---|---|
                %s
                The search is linear in the number of cases and has no index to help: at 100,000 cases even reading
                every row takes seconds. So the case desk opens the aliases once per session, off the FX thread, into an
                index kept in memory only while the vault is unlocked (never written; dropped at lock): see "Case desk"
                and ADR 0008.
                """, LocalDate.now(), RUNS, Runtime.getRuntime().availableProcessors(), rows);
        System.out.println(body);
        BenchReport.writeSection("Search over sealed aliases", body);
    }

    /** {@code count} cases with sealed aliases like "Kees 012345", 1,000 rows a statement and a transaction. */
    private static void insertCases(Store store, int from, int count) {
        Sealer sealer = store.sealer();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int chunk = 0; chunk < count; chunk += 1000) {
            int start = chunk;
            store.dsl().transaction(tx -> {
                DSLContext dsl = DSL.using(tx);
                InsertValuesStep7<?, String, String, byte[], String, OffsetDateTime, OffsetDateTime, String> insert =
                        dsl.insertInto(CASE_FILE, CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.ALIAS, CASE_FILE.STATUS,
                                CASE_FILE.CREATED_AT, CASE_FILE.LAST_ACTIVITY_AT, CASE_FILE.WORKER_ID);
                for (int i = start; i < Math.min(count, start + 1000); i++) {
                    int n = from + i;
                    String id = UUID.randomUUID().toString();
                    insert = insert.values(id, String.format(Locale.ROOT, "BK-2026-%06d", n),
                            sealer.seal(CASE_FILE.ALIAS, String.format(Locale.ROOT, "Kees %06d", n), id), "OPEN",
                            now.minusSeconds(n), now.minusSeconds(n), "bench");
                }
                insert.execute();
            });
        }
    }
}
