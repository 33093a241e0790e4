package nl.baken.audit;

import java.time.OffsetDateTime;

/**
 * One entry of the audit log with the NEN 7513 fields: when, who (a worker's slot id), what ({@code event}, its
 * fixed name, and {@code action}, its kind), about what ({@code subject}, an id, and {@code caseId}, the case it
 * concerns), from where ({@code device}, the vault's id) and how it ended. The V8 fields are null on entries from
 * before the chain's upgrade.
 */
public record AuditEvent(long id, OffsetDateTime occurredAt, String workerId, String event, String subject,
                         String previousHash, String hash, AuditAction action, AuditOutcome outcome, String caseId,
                         String device) {
}
