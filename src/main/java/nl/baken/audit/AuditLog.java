package nl.baken.audit;

import static nl.baken.store.generated.Tables.AUDIT_EVENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.jooq.DSLContext;

/**
 * The hash-chained audit log: each entry stores the SHA-256 of the previous entry and its own fields, so a
 * removed or edited entry breaks the chain. It records ids and event names, never personal data.
 */
public final class AuditLog {

    private static final String GENESIS = "0".repeat(64);
    private final Store store;
    private final Clock clock;

    public AuditLog(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Appends an entry; {@code event} is a fixed name such as {@code VAULT_UNLOCK}, {@code subject} an id or null. */
    public void record(String workerId, String event, String subject) {
        store.inTransaction(dsl -> {
            append(dsl, workerId, event, subject);
            return null;
        });
    }

    /** Appends an entry inside a transaction the caller already holds. */
    public void append(DSLContext dsl, String workerId, String event, String subject) {
        var last = dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.HASH).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(1)
                .fetchOptional();
        String previous = last.map(r -> r.get(AUDIT_EVENT.HASH)).orElse(GENESIS);
        // The id is chosen here, not by the sequence, because the sealed subject is bound to its row id.
        long id = last.map(r -> r.get(AUDIT_EVENT.ID) + 1).orElse(1L);
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String hash = hash(previous, at, workerId, event, subject);
        dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.WORKER_ID, AUDIT_EVENT.EVENT,
                AUDIT_EVENT.SUBJECT, AUDIT_EVENT.PREV_HASH, AUDIT_EVENT.HASH)
                .values(id, at, workerId, event, store.sealer().seal(AUDIT_EVENT.SUBJECT, subject, id), previous, hash)
                .execute();
    }

    public List<AuditEvent> entries() {
        return entries(store.dsl());
    }

    /**
     * The entries whose subject is one of {@code ids}, or begins with one of them and a {@code /} (consent's
     * {@code CASE/PURPOSE}), oldest first. Subjects are sealed, so this opens every entry's subject: one pass over
     * the log, off the FX thread.
     */
    public List<AuditEvent> about(Set<String> ids) {
        List<AuditEvent> found = new ArrayList<>();
        store.dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT.isNotNull()).orderBy(AUDIT_EVENT.ID).forEach(r -> {
            String subject = store.sealer().open(AUDIT_EVENT.SUBJECT, r.getSubject(), r.getId());
            int slash = subject.indexOf('/');
            if (ids.contains(subject) || (slash > 0 && ids.contains(subject.substring(0, slash)))) {
                found.add(new AuditEvent(r.getId(), r.getOccurredAt(), r.getWorkerId(), r.getEvent(), subject,
                        r.getPrevHash(), r.getHash()));
            }
        });
        return found;
    }

    private List<AuditEvent> entries(DSLContext dsl) {
        return dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch(r -> new AuditEvent(r.getId(),
                r.getOccurredAt(), r.getWorkerId(), r.getEvent(),
                store.sealer().open(AUDIT_EVENT.SUBJECT, r.getSubject(), r.getId()), r.getPrevHash(), r.getHash()));
    }

    /** The id of the first entry whose chain is broken, or empty when the whole log verifies. */
    public Optional<Long> firstBrokenEntry() {
        return firstBrokenEntry(store.dsl());
    }

    /** The vault check's part of the audit log: the chain, read through the check's own session {@code dsl}. */
    public List<String> chainProblems(DSLContext dsl) {
        return firstBrokenEntry(dsl).map(id -> AUDIT_EVENT.getName() + " " + id + ": the audit chain breaks here")
                .stream().toList();
    }

    private Optional<Long> firstBrokenEntry(DSLContext dsl) {
        String previous = GENESIS;
        for (AuditEvent e : entries(dsl)) {
            String expected = hash(previous, e.occurredAt(), e.workerId(), e.event(), e.subject());
            if (!e.previousHash().equals(previous) || !e.hash().equals(expected)) {
                return Optional.of(e.id());
            }
            previous = e.hash();
        }
        return Optional.empty();
    }

    private static String hash(String previous, OffsetDateTime at, String workerId, String event, String subject) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = String.join("\u001f", previous,
                    at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toInstant().toString(),
                    String.valueOf(workerId), event, String.valueOf(subject));
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
