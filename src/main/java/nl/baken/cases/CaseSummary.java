package nl.baken.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import nl.baken.questionnaire.Exploitation;

/**
 * One row of the case list, read by one query without opening any sealed value: no alias here (the list reveals
 * it on request through {@link CaseDesk#aliases()}), the next open task's due date, the number of intakes, and the
 * forms of exploitation signalled, as codes.
 */
public record CaseSummary(String id, String reference, CaseStatus status, String workerId, OffsetDateTime createdAt,
                          OffsetDateTime lastActivityAt, Optional<OffsetDateTime> closedAt, Optional<LocalDate> nextDue,
                          int intakes, Set<Exploitation> exploitationForms) {
}
