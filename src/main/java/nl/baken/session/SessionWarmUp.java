package nl.baken.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.baken.audit.AuditLog;
import nl.baken.backup.CaseRetention;
import nl.baken.cases.CaseSummary;
import nl.baken.cases.ReflectionStatus;
import nl.baken.i18n.Messages;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.store.Sealer;
import nl.baken.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a session's first writes and reads once on a scratch database ({@link Store#scratch}: in memory, a random key,
 * a few made-up cases) while the unlock screen waits for the passphrase. The worker's real unlock then does not pay for
 * loading, linking and first compiling the audit, sealing and query paths: at 10,000 cases the first unlock of a run
 * showed the home screen 1.6 s after key derivation without it and 0.7 s with it (docs/performance.md, "Case desk";
 * ADR 0022). Nothing of the worker's vault is read, and nothing of the scratch database is kept.
 */
public final class SessionWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(SessionWarmUp.class);
    /** Enough rows for every list query to map some; few enough to be done while a passphrase is typed. */
    private static final int CASES = 20;
    /** How often the reads run: enough for the JIT to compile the per-row code (see the reads). */
    private static final int ROUNDS = 150;
    private static final String WORKER = "warm-up";
    private static final int LINES = 3;
    /** Completed by the first run in this JVM (for the benchmark, which waits for it as typing would). */
    private static final CompletableFuture<Result> FIRST = new CompletableFuture<>();
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    /** What a run did: the list rows it read (-1 when it failed) and how long it took. */
    public record Result(int rows, long millis) {
    }

    /**
     * What the caller does with the scratch session after its reads and before it is closed, on the warm-up's
     * thread (the app lays its home screen out on it off screen: {@code app.HomeWarmUp}); returns when done.
     */
    public interface WhileOpen {
        /** Nothing more: the data part alone. */
        WhileOpen NOTHING = scratch -> { /* the data part alone */ };

        void use(UnlockedServices scratch) throws Exception;
    }

    private SessionWarmUp() {
    }

    /** The first run's result in this JVM, once it has run. */
    public static CompletableFuture<Result> firstRun() {
        return FIRST;
    }

    /**
     * Warms up on the calling thread the first time it is called in this JVM (the JIT keeps what it compiled, so
     * once serves every later unlock); later calls return at once.
     */
    public static void runOnce(WhileOpen alsoWithTheSession) {
        if (STARTED.compareAndSet(false, true)) {
            run(alsoWithTheSession);
        }
    }

    /** Warms up on the calling thread, every time it is called; then lets {@code alsoWithTheSession} use it. */
    public static Result run(WhileOpen alsoWithTheSession) {
        long started = System.nanoTime();
        int rows = warmUp(alsoWithTheSession);
        Result result = new Result(rows, (System.nanoTime() - started) / 1_000_000);
        LOG.info("session warm-up on a scratch database: {} rows in {} ms", rows, result.millis());
        FIRST.complete(result);
        return result;
    }

    private static int warmUp(WhileOpen alsoWithTheSession) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Clock clock = Clock.systemDefaultZone();
        try (Store store = Store.scratch(Sealer.forDatabaseKey(key))) {
            UnlockedServices s = new UnlockedServices(null, store, new AuditLog(store, clock), Map::of, clock, null);
            s.audit().record(WORKER, "VAULT_UNLOCK", null);
            s.referrals().ensureNationalPartners(Messages.of("en"));
            writeCases(s);
            int rows = readAsTheHomeScreenDoes(s, store, clock);
            alsoWithTheSession.use(s);
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            // Only an optimisation: the real unlock works the same without it, just slower the first time.
            LOG.info("session warm-up not done: {}", e.getClass().getName());
            return -1;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** A few cases with an alias, a task, a note and a reflection period each, through the services' own writes. */
    private static void writeCases(UnlockedServices s) {
        LocalDate today = s.desk().today();
        for (int i = 0; i < CASES; i++) {
            String caseId = s.intakes().createCase(Optional.of("Warm-up " + i), WORKER).id();
            s.desk().addTask(caseId, today.plusDays(i - 1L), Optional.empty(), "Warm-up " + i, WORKER);
            s.desk().addNote(caseId, "Warm-up " + i, WORKER);
            s.desk().setReflection(caseId, today.minusWeeks(11), ReflectionStatus.RUNNING, WORKER);
        }
    }

    /**
     * The home screen's reads (Today's counts and first lines, the retention notice, the list and its index), each
     * {@link #ROUNDS} times: the list's row mapping runs for every case of a real vault, and only code that has run
     * often is compiled (measured: reading 10,000 rows took 756 ms right after a single warm-up read, 74 ms warm).
     */
    private static int readAsTheHomeScreenDoes(UnlockedServices s, Store store, Clock clock) {
        OffsetDateTime sentBefore = OffsetDateTime.now(clock).minusDays(7);
        CaseRetention retention = new CaseRetention(store, new JooqSettingsRepository(store), clock);
        int rows = 0;
        for (int round = 0; round < ROUNDS; round++) {
            s.resumableIntakes().count();
            s.resumableIntakes().newest(LINES);
            s.desk().counts();
            s.desk().dueTasks(LINES);
            s.desk().endingSoon(LINES);
            s.waitingReferrals().count(sentBefore);
            s.waitingReferrals().oldest(sentBefore, LINES);
            retention.due();
            s.caseListing().count();
            List<CaseSummary> listed = s.caseListing().rows();
            s.searchIndex().putAll(s.caseListing().searchEntries(listed));
            s.searchIndex().search("warm");
            rows += listed.size();
        }
        s.searchIndex().clear();
        return rows;
    }
}
