package nl.baken.audit;

import static nl.baken.store.generated.Tables.AUDIT_EVENT;
import static nl.baken.store.generated.Tables.VAULT;

import java.util.List;
import java.util.Optional;
import nl.baken.store.Sealer;
import nl.baken.store.StoreException;
import nl.baken.store.generated.tables.records.AuditEventRecord;
import org.jooq.DSLContext;

/**
 * Walks the audit log oldest first: the SHA-256 segment from before V8 (up to the {@link AuditLog#CHAIN_UPGRADE}
 * entry), then the HMAC chain, whose ids follow each other without a gap, then the anchor, which must name an entry
 * the log holds with the value it holds. The first entry that fails is reported, with why.
 */
final class AuditVerifier {

    private final Sealer sealer;
    private final AuditAnchor anchor;

    AuditVerifier(Sealer sealer, AuditAnchor anchor) {
        this.sealer = sealer;
        this.anchor = anchor;
    }

    /** The vault's HMAC chain, when its secret has been made (the first entry after V8 makes it). */
    static Optional<AuditChain> storedChain(DSLContext dsl, Sealer sealer) {
        var row = dsl.select(VAULT.VAULT_ID, VAULT.AUDIT_SECRET).from(VAULT).fetchOne();
        if (row == null || row.value2() == null) {
            return Optional.empty();
        }
        String hex = sealer.open(VAULT.AUDIT_SECRET, row.value2(), row.value1());
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw StoreException.damaged("VAULT " + row.value1());
        }
        return Optional.of(AuditChain.forSecret(hex));
    }

    AuditCheck verify(DSLContext dsl) {
        // The anchor first: it advances after each commit, so read before the entries it can only lag them; read
        // after, an entry committed in between would make a sound log look short.
        Optional<AuditAnchor.Head> head = anchor.read();
        List<AuditEventRecord> rows = dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch();
        long count = rows.size();
        Optional<AuditChain> mac;
        try {
            mac = storedChain(dsl, sealer);
        } catch (StoreException e) {
            return AuditCheck.broken(count, rows.isEmpty() ? 1 : rows.get(0).getId(), AuditCheck.Problem.UNREADABLE);
        }
        int hmacFrom = mac.isEmpty() ? rows.size() : firstUpgrade(rows);
        Optional<AuditChain.Signer> signer = mac.map(AuditChain::signer);
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < rows.size(); i++) {
            AuditEventRecord r = rows.get(i);
            AuditEvent e;
            try {
                e = open(r);
            } catch (StoreException | IllegalArgumentException ex) {
                return AuditCheck.broken(count, r.getId(), AuditCheck.Problem.UNREADABLE);
            }
            boolean hmac = i >= hmacFrom;
            if (hmac && i > hmacFrom && r.getId() != rows.get(i - 1).getId() + 1) {
                return AuditCheck.broken(count, rows.get(i - 1).getId() + 1, AuditCheck.Problem.MISSING);
            }
            if (!previous.equals(r.getPrevHash())) {
                return AuditCheck.broken(count, r.getId(), AuditCheck.Problem.LINK);
            }
            String expected = hmac ? signer.get().mac(r.getId(), previous, e)
                    : AuditChain.legacy(previous, e.occurredAt(), e.workerId(), e.event(), e.subject());
            if (!expected.equals(r.getHash()) || (!hmac && (r.getAction() != null || r.getCaseId() != null))) {
                return AuditCheck.broken(count, r.getId(), AuditCheck.Problem.CHANGED);
            }
            previous = r.getHash();
        }
        return anchored(rows, mac.isPresent(), head);
    }

    /** The index of the first upgrade entry; 0 when there is none (a log begun after V8 is HMAC throughout). */
    private static int firstUpgrade(List<AuditEventRecord> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (AuditLog.CHAIN_UPGRADE.equals(rows.get(i).getEvent())) {
                return i;
            }
        }
        return 0;
    }

    private static AuditCheck anchored(List<AuditEventRecord> rows, boolean hmac, Optional<AuditAnchor.Head> head) {
        long count = rows.size();
        if (head.isEmpty() || head.get().count() == 0) {
            return AuditCheck.ok(count);
        }
        long anchored = head.get().count();
        if (!hmac) {
            return AuditCheck.broken(count, rows.isEmpty() ? 1 : rows.get(0).getId(), AuditCheck.Problem.ANCHOR);
        }
        if (anchored > count) {
            long next = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).getId() + 1;
            return AuditCheck.broken(count, next, AuditCheck.Problem.MISSING);
        }
        AuditEventRecord at = rows.get((int) anchored - 1);
        if (!head.get().hash().equals(at.getHash())) {
            return AuditCheck.broken(count, at.getId(), AuditCheck.Problem.ANCHOR);
        }
        return AuditCheck.ok(count);
    }

    private AuditEvent open(AuditEventRecord r) {
        return new AuditEvent(r.getId(), r.getOccurredAt(), r.getWorkerId(), r.getEvent(),
                sealer.open(AUDIT_EVENT.SUBJECT, r.getSubject(), r.getId()), r.getPrevHash(), r.getHash(),
                r.getAction() == null ? null : AuditAction.valueOf(r.getAction()),
                r.getOutcome() == null ? null : AuditOutcome.valueOf(r.getOutcome()),
                sealer.open(AUDIT_EVENT.CASE_ID, r.getCaseId(), r.getId()), r.getDevice());
    }
}
