package nl.baken.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Which entries to list: about one case, by one worker (slot id), of one event, from and before an instant; an
 * empty part selects everything.
 */
public record AuditFilter(Optional<String> caseId, Optional<String> workerId, Optional<String> event,
                          Optional<Instant> from, Optional<Instant> before) {

    public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** True when this filter selects {@code e}. */
    public boolean accepts(AuditEvent e) {
        Instant at = e.occurredAt().toInstant();
        return caseId.map(c -> c.equals(e.caseId())).orElse(true)
                && workerId.map(w -> w.equals(e.workerId())).orElse(true)
                && event.map(v -> v.equals(e.event())).orElse(true)
                && from.map(f -> !at.isBefore(f)).orElse(true)
                && before.map(b -> at.isBefore(b)).orElse(true);
    }
}
