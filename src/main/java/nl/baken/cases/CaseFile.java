package nl.baken.cases;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A case: one person, known in Baken by a pseudonymous reference. The alias (a name or nickname the person chose)
 * is optional personal data and never leaves the vault unless the worker ticks "include name" on a referral.
 */
public record CaseFile(String id, String reference, Optional<String> alias, CaseStatus status,
                       OffsetDateTime createdAt, String workerId) {
}
