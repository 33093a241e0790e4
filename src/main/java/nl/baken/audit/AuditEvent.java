package nl.baken.audit;

import java.time.OffsetDateTime;

/** One entry of the audit log: what happened, by which worker (slot id), to which subject (an id). */
public record AuditEvent(long id, OffsetDateTime occurredAt, String workerId, String event, String subject,
                         String previousHash, String hash) {
}
