package nl.baken.bench;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.CASE_NOTE;
import static nl.baken.store.generated.Tables.CASE_TASK;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import nl.baken.store.Sealer;
import nl.baken.store.Store;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Fills a vault with many desk-shaped cases fast, for the desk's benchmarks: sealed aliases like "Jana de Vries 0042",
 * open tasks on a third of them (due from a month ago to two months ahead), a sealed note on a fifth, forms of
 * exploitation, activity spread over two years. Batch inserts of 1,000 cases a transaction, like
 * {@link SearchCostBenchmark}; no intake answers (the list never reads them).
 */
final class DeskVaults {

    static final List<String> FIRST = List.of("Jana", "Marek", "Zoë", "Ilse", "Piotr", "Ana", "Daan", "Fatima",
            "Olena", "Kees", "Mirela", "Samir", "Lotte", "Ionut", "Eva", "Youssef");
    static final List<String> LAST = List.of("de Vries", "Nowak", "Bakker", "Popescu", "Jansen", "Kowalski",
            "El Amrani", "Visser", "Horvat", "Smit", "Petrova", "Mulder");
    private static final String[] FORMS = {"", "labour", "sexual", "criminal", "labour,sexual", "other", ""};

    private DeskVaults() {
    }

    static String alias(int n) {
        return FIRST.get(n % FIRST.size()) + " " + LAST.get((n / FIRST.size()) % LAST.size())
                + String.format(Locale.ROOT, " %04d", n % 10_000);
    }

    /** Adds cases {@code from} to {@code to} (exclusive); {@code me} owns every second one. */
    static void add(Store store, int from, int to, String me) {
        Sealer sealer = store.sealer();
        Random random = new Random(from);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = LocalDate.now();
        for (int chunk = from; chunk < to; chunk += 1000) {
            int start = chunk;
            int end = Math.min(to, chunk + 1000);
            store.dsl().transaction(tx -> {
                DSLContext dsl = DSL.using(tx);
                var cases = dsl.insertInto(CASE_FILE, CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.ALIAS,
                        CASE_FILE.STATUS, CASE_FILE.CREATED_AT, CASE_FILE.WORKER_ID, CASE_FILE.LAST_ACTIVITY_AT,
                        CASE_FILE.EXPLOITATION_FORMS);
                var tasks = dsl.insertInto(CASE_TASK, CASE_TASK.ID, CASE_TASK.CASE_ID, CASE_TASK.TASK_TEXT,
                        CASE_TASK.DUE_DATE, CASE_TASK.WORKER_ID, CASE_TASK.CREATED_AT, CASE_TASK.ORIGIN);
                var notes = dsl.insertInto(CASE_NOTE, CASE_NOTE.ID, CASE_NOTE.CASE_ID, CASE_NOTE.WRITTEN_AT,
                        CASE_NOTE.NOTE_TEXT, CASE_NOTE.WORKER_ID);
                boolean anyTask = false;
                boolean anyNote = false;
                for (int n = start; n < end; n++) {
                    String id = UUID.randomUUID().toString();
                    OffsetDateTime created = now.minusMinutes(random.nextInt(2 * 365 * 24 * 60));
                    String worker = n % 2 == 0 ? me : "other-worker";
                    cases = cases.values(id, String.format(Locale.ROOT, "BK-2026-%06d", n),
                            sealer.seal(CASE_FILE.ALIAS, alias(n), id), n % 5 == 4 ? "CLOSED" : "OPEN", created,
                            worker, created.plusMinutes(random.nextInt(60 * 24 * 30)), FORMS[n % FORMS.length]);
                    if (n % 3 == 0) {
                        String taskId = UUID.randomUUID().toString();
                        tasks = tasks.values(taskId, id, sealer.seal(CASE_TASK.TASK_TEXT, "Opvang terugbellen", taskId),
                                today.plusDays(random.nextInt(90) - 30), worker, created, "MANUAL");
                        anyTask = true;
                    }
                    if (n % 5 == 0) {
                        String noteId = UUID.randomUUID().toString();
                        notes = notes.values(noteId, id, created, sealer.seal(CASE_NOTE.NOTE_TEXT,
                                "Gesprek met de politie gepland, tolk Pools geregeld", noteId), worker);
                        anyNote = true;
                    }
                }
                cases.execute();
                if (anyTask) {
                    tasks.execute();
                }
                if (anyNote) {
                    notes.execute();
                }
            });
        }
    }
}
