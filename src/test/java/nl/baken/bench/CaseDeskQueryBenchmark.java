package nl.baken.bench;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.CASE_TASK;
import static nl.baken.store.generated.Tables.REFLECTION_PERIOD;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.baken.audit.AuditLog;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.cases.ReflectionPeriod;
import nl.baken.store.Sealer;
import nl.baken.store.Store;
import nl.baken.support.TestVault;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case desk's lists and counts on 10,000 cases (two sealed tasks each, a running reflection period for every
 * second one): what {@code baken case tasks}, {@code case deadlines} and the home screen's counts cost. Each is one
 * query however many cases there are. Run with {@code ./mvnw -B -Pbenchmark verify -Dtest=CaseDeskQueryBenchmark}.
 */
@Tag("benchmark")
class CaseDeskQueryBenchmark {

    private static final int CASES = Integer.getInteger("baken.desk.cases", 10_000);
    private static final int RUNS = 9;

    @TempDir
    Path dir;

    @Test
    void listsAndCountsOnTenThousandCases() throws Exception {
        StringBuilder rows = new StringBuilder();
        try (TestVault vault = TestVault.in(dir)) {
            Store store = vault.open().store();
            insert(store);
            CaseDesk desk = CaseDesk.on(store, new JooqCaseRepository(store), new AuditLog(store, Clock.systemUTC()),
                    Clock.systemUTC(), Map::of);
            rows.append(measure("open tasks (`case tasks`)", () -> desk.openTasks(Optional.empty()).size()));
            rows.append(measure("open tasks due before today + 7", () -> desk.openTasks(
                    Optional.of(LocalDate.now().plusDays(7))).size()));
            rows.append(measure("running reflection periods (`case deadlines`)", () -> desk.deadlines().size()));
            rows.append(measure("home screen counts", () -> desk.counts().overdueTasks()));
            rows.append(measure("case list rows (summaries)", () -> desk.summaries().size()));
        }
        String body = String.format(Locale.ROOT, """
                Measured %s with `./mvnw -B -Pbenchmark verify -Dtest=CaseDeskQueryBenchmark` (median and p90 of %d warm
                runs, one JVM, encrypted H2 file, %,d cases with two sealed tasks each and a running reflection period
                for every second case; `nproc` = %d, other builds running on the machine). Every list is one query with
                a join for the case reference; the task list opens each task's sealed text.

                | what | rows | median | p90 |
                |---|---|---|---|
                %s""", LocalDate.now(), RUNS, CASES, Runtime.getRuntime().availableProcessors(), rows);
        System.out.println(body);
        BenchReport.writeSection("Case desk lists and counts", body);
    }

    private static String measure(String what, Supplier<Integer> work) {
        double[] ms = new double[RUNS];
        int size = 0;
        for (int r = 0; r < RUNS + 2; r++) {
            long t0 = System.nanoTime();
            size = work.get();
            if (r >= 2) {
                ms[r - 2] = (System.nanoTime() - t0) / 1e6;
            }
        }
        return String.format(Locale.ROOT, "| %s | %,d | %.0f ms | %.0f ms |%n", what, size,
                BenchReport.percentile(ms, 50), BenchReport.percentile(ms, 90));
    }

    /** The cases, tasks and periods in batches of 1,000 rows a statement and a transaction. */
    private static void insert(Store store) {
        Sealer sealer = store.sealer();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now();
        for (int chunk = 0; chunk < CASES; chunk += 1000) {
            int start = chunk;
            store.dsl().transaction(tx -> {
                DSLContext dsl = DSL.using(tx);
                var cases = dsl.insertInto(CASE_FILE, CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.STATUS,
                        CASE_FILE.CREATED_AT, CASE_FILE.LAST_ACTIVITY_AT, CASE_FILE.WORKER_ID);
                var tasks = dsl.insertInto(CASE_TASK, CASE_TASK.ID, CASE_TASK.CASE_ID, CASE_TASK.TASK_TEXT,
                        CASE_TASK.DUE_DATE, CASE_TASK.WORKER_ID, CASE_TASK.CREATED_AT, CASE_TASK.ORIGIN);
                var periods = dsl.insertInto(REFLECTION_PERIOD, REFLECTION_PERIOD.CASE_ID, REFLECTION_PERIOD.START_DATE,
                        REFLECTION_PERIOD.END_DATE, REFLECTION_PERIOD.STATUS, REFLECTION_PERIOD.RECORDED_BY,
                        REFLECTION_PERIOD.RECORDED_AT);
                for (int i = start; i < Math.min(CASES, start + 1000); i++) {
                    String id = UUID.randomUUID().toString();
                    cases = cases.values(id, String.format(Locale.ROOT, "BK-2026-%06d", i), "OPEN", now, now, "bench");
                    for (int t = 0; t < 2; t++) {
                        String taskId = UUID.randomUUID().toString();
                        tasks = tasks.values(taskId, id, sealer.seal(CASE_TASK.TASK_TEXT, "Bel terug " + i, taskId),
                                today.plusDays(i % 60 - 20 + t * 30), "bench", now, "MANUAL");
                    }
                    if (i % 2 == 0) {
                        LocalDate begin = today.minusDays(i % 90);
                        periods = periods.values(id, begin, ReflectionPeriod.endOf(begin, java.time.Period.ZERO),
                                "RUNNING", "bench", now);
                    }
                }
                cases.execute();
                tasks.execute();
                periods.execute();
            });
        }
    }
}
