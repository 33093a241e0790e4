package nl.baken.audit;

import static nl.baken.store.generated.Tables.AUDIT_EVENT;
import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.VAULT;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.baken.store.Store;
import nl.baken.store.generated.tables.records.AuditEventRecord;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log (NEN 7513): every view, change, export, unlock and lock is one entry with who, what, when, which
 * case, from where and how it ended. Each entry is an HMAC-SHA256 over the one before it and all its fields, under a
 * key only the database key opens; the head is anchored outside the database ({@link AuditAnchor}), so an edited,
 * removed, reordered or dropped entry is found by {@link #verify()} (ADR 0013). It records ids, never personal data.
 */
public final class AuditLog {

    /** The entry after which the HMAC chain begins, on a log that had SHA-256 entries from before V8. */
    public static final String CHAIN_UPGRADE = "AUDIT_CHAIN_UPGRADE";
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final Store store;
    private final Clock clock;
    private final AuditAnchor anchor;
    private final Runnable anchorAfterCommit = this::advanceAnchor;
    private final SecureRandom random = new SecureRandom();
    private volatile AuditChain chain;
    private volatile String device;

    /** A log without an anchor: its chain alone is checked (tests, and copies checked on their own). */
    public AuditLog(Store store, Clock clock) {
        this(store, clock, AuditAnchor.NONE);
    }

    public AuditLog(Store store, Clock clock, AuditAnchor anchor) {
        this.store = store;
        this.clock = clock;
        this.anchor = anchor;
    }

    /** Appends a successful entry; {@code event} is a fixed name such as {@code VAULT_UNLOCK}, {@code subject} an id or null. */
    public void record(String workerId, String event, String subject) {
        record(workerId, event, subject, AuditOutcome.SUCCESS);
    }

    /** Appends an entry with its outcome, in a transaction of its own (or the caller's, when one runs). */
    public void record(String workerId, String event, String subject, AuditOutcome outcome) {
        store.inTransaction(dsl -> {
            append(dsl, now(), workerId, event, subject, outcome);
            return null;
        });
    }

    /** Appends an entry for something that happened at {@code at}: a failed unlock, kept outside the vault till now. */
    public void recordEarlier(OffsetDateTime at, String workerId, String event, String subject, AuditOutcome outcome) {
        store.inTransaction(dsl -> {
            append(dsl, at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), workerId, event,
                    subject, outcome);
            return null;
        });
    }

    /** Appends a successful entry inside a transaction the caller already holds. */
    public void append(DSLContext dsl, String workerId, String event, String subject) {
        append(dsl, now(), workerId, event, subject, AuditOutcome.SUCCESS);
    }

    /** Appends an entry with its outcome inside a transaction the caller already holds. */
    public void append(DSLContext dsl, String workerId, String event, String subject, AuditOutcome outcome) {
        append(dsl, now(), workerId, event, subject, outcome, null);
    }

    /**
     * Appends an entry about {@code caseId}, named by the caller: for an entry written when the case's rows are gone
     * (an erasure), where the case could no longer be found from the subject.
     */
    public void appendAbout(DSLContext dsl, String caseId, String workerId, String event, String subject,
                            AuditOutcome outcome) {
        append(dsl, now(), workerId, event, subject, outcome, caseId);
    }

    private void append(DSLContext dsl, OffsetDateTime at, String workerId, String event, String subject,
                        AuditOutcome outcome) {
        append(dsl, at, workerId, event, subject, outcome, null);
    }

    private void append(DSLContext dsl, OffsetDateTime at, String workerId, String event, String subject,
                        AuditOutcome outcome, String namedCase) {
        AuditChain mac = chainFor(dsl, workerId, at);
        String caseId = namedCase != null ? namedCase : CaseOfSubject.of(dsl, subject).orElse(null);
        insert(dsl, mac, new AuditEvent(0, at, workerId, event, subject, null, null, AuditAction.of(event), outcome,
                caseId, device()));
        if (anchor != AuditAnchor.NONE) {
            store.afterCommit(anchorAfterCommit);
        }
    }

    private void insert(DSLContext dsl, AuditChain mac, AuditEvent e) {
        var last = dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.HASH).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc())
                .limit(1).fetchOptional();
        String previous = last.map(r -> r.get(AUDIT_EVENT.HASH)).orElse(AuditChain.GENESIS);
        // The id is chosen here, not by the sequence, because the sealed values are bound to their row id.
        long id = last.map(r -> r.get(AUDIT_EVENT.ID) + 1).orElse(1L);
        String hash = mac.mac(id, previous, e);
        dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.WORKER_ID, AUDIT_EVENT.EVENT,
                AUDIT_EVENT.SUBJECT, AUDIT_EVENT.PREV_HASH, AUDIT_EVENT.HASH, AUDIT_EVENT.ACTION,
                AUDIT_EVENT.OUTCOME, AUDIT_EVENT.CASE_ID, AUDIT_EVENT.DEVICE)
                .values(id, e.occurredAt(), e.workerId(), e.event(),
                        store.sealer().seal(AUDIT_EVENT.SUBJECT, e.subject(), id), previous, hash,
                        e.action().name(), e.outcome().name(),
                        store.sealer().seal(AUDIT_EVENT.CASE_ID, e.caseId(), id), e.device())
                .execute();
    }

    /**
     * The HMAC chain of this vault. The first entry after V8 makes the chain's secret; on a log that already holds
     * (SHA-256) entries it is preceded by one {@link #CHAIN_UPGRADE} entry, the first of the HMAC chain.
     */
    private AuditChain chainFor(DSLContext dsl, String workerId, OffsetDateTime at) {
        AuditChain known = chain;
        if (known != null) {
            return known;
        }
        Optional<AuditChain> stored = AuditVerifier.storedChain(dsl, store.sealer());
        if (stored.isPresent()) {
            chain = stored.get();
            return stored.get();
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String hex = HexFormat.of().formatHex(secret);
        java.util.Arrays.fill(secret, (byte) 0);
        String vaultId = dsl.select(VAULT.VAULT_ID).from(VAULT).fetchOne(VAULT.VAULT_ID);
        dsl.update(VAULT).set(VAULT.AUDIT_SECRET, store.sealer().seal(VAULT.AUDIT_SECRET, hex, vaultId))
                .where(VAULT.VAULT_ID.eq(vaultId)).execute();
        // Not cached: should this transaction roll back, the next entry reads the vault row again.
        AuditChain made = AuditChain.forSecret(hex);
        if (dsl.fetchExists(AUDIT_EVENT)) {
            insert(dsl, made, new AuditEvent(0, at, workerId, CHAIN_UPGRADE, null, null, null, AuditAction.UPDATE,
                    AuditOutcome.SUCCESS, null, device()));
            LOG.info("audit log: HMAC chain begins after the SHA-256 entries from before V8");
        }
        return made;
    }

    private String device() {
        String known = device;
        if (known == null) {
            known = store.vaultId().orElse("");
            device = known;
        }
        return known.isEmpty() ? null : known;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Anchors the committed head: count and newest value read in one statement, so they belong together. An anchor
     * whose entry is gone, or that counts more entries than the log holds, stays as it is: moving it on would hide
     * that entries were dropped (the check reports it).
     */
    private void advanceAnchor() {
        try {
            DSLContext dsl = store.dsl();
            Record2<String, Integer> head = dsl.select(AUDIT_EVENT.HASH,
                    DSL.field(DSL.selectCount().from(AUDIT_EVENT)))
                    .from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchOne();
            if (head == null) {
                return;
            }
            Optional<AuditAnchor.Head> known = anchor.read();
            if (known.isPresent() && (known.get().count() > head.value2()
                    || !dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.HASH.eq(known.get().hash())))) {
                LOG.warn("audit anchor kept: the log no longer holds its entry ({} anchored)", known.get().count());
                return;
            }
            anchor.advance(new AuditAnchor.Head(head.value2(), head.value1()));
        } catch (RuntimeException e) {
            // The entries are committed; an anchor that stays behind them is allowed (it may lag, never lead).
            LOG.warn("audit anchor not advanced: {}", e.getClass().getSimpleName());
        }
    }

    /** Every case's reference by its id, for lists that name the case an entry concerns. */
    public java.util.Map<String, String> caseReferences() {
        return store.dsl().select(CASE_FILE.ID, CASE_FILE.REFERENCE).from(CASE_FILE)
                .fetchMap(CASE_FILE.ID, CASE_FILE.REFERENCE);
    }

    /** Every entry, oldest first. */
    public List<AuditEvent> entries() {
        return entries(store.dsl());
    }

    /** The entries {@code filter} selects, oldest first: one pass over the log (sealed values), off the FX thread. */
    public List<AuditEvent> entries(AuditFilter filter) {
        return entries().stream().filter(filter::accepts).toList();
    }

    /**
     * The entries whose subject is one of {@code ids}, or begins with one of them and a {@code /} (consent's
     * {@code CASE/PURPOSE}), oldest first. Subjects are sealed, so this opens every entry's subject: one pass over
     * the log, off the FX thread.
     */
    public List<AuditEvent> about(Set<String> ids) {
        List<AuditEvent> found = new ArrayList<>();
        store.dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT.isNotNull()).orderBy(AUDIT_EVENT.ID)
                .forEach(r -> {
                    AuditEvent e = event(r);
                    int slash = e.subject().indexOf('/');
                    if (ids.contains(e.subject()) || (slash > 0 && ids.contains(e.subject().substring(0, slash)))) {
                        found.add(e);
                    }
                });
        return found;
    }

    private List<AuditEvent> entries(DSLContext dsl) {
        return dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch(this::event);
    }

    private AuditEvent event(AuditEventRecord r) {
        return new AuditEvent(r.getId(), r.getOccurredAt(), r.getWorkerId(), r.getEvent(),
                store.sealer().open(AUDIT_EVENT.SUBJECT, r.getSubject(), r.getId()), r.getPrevHash(), r.getHash(),
                r.getAction() == null ? null : AuditAction.valueOf(r.getAction()),
                r.getOutcome() == null ? null : AuditOutcome.valueOf(r.getOutcome()),
                store.sealer().open(AUDIT_EVENT.CASE_ID, r.getCaseId(), r.getId()), r.getDevice());
    }

    /** The id of the first entry whose chain is broken (or that is missing), or empty when the whole log verifies. */
    public Optional<Long> firstBrokenEntry() {
        return verify().brokenAt();
    }

    /** Verifies the whole log: the chain, its legacy segment, and the anchor. */
    public AuditCheck verify() {
        return new AuditVerifier(store.sealer(), anchor).verify(store.dsl());
    }

    /** The vault check's part of the audit log: chain and anchor, read through the check's own session {@code dsl}. */
    public List<String> chainProblems(DSLContext dsl) {
        AuditCheck check = new AuditVerifier(store.sealer(), anchor).verify(dsl);
        return check.brokenAt().map(id -> AUDIT_EVENT.getName() + " " + id + ": the audit chain breaks here ("
                + check.problem() + ")").stream().toList();
    }
}
