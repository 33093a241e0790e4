package nl.baken.cases;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A task of a case: a short summary of what to do ({@code text}, empty for a follow-up from an intake, which the
 * screens word from its {@link TaskOrigin}), due on a date and optionally at a time, done or not, by whom.
 *
 * @param sourceIntakeId the intake whose follow-up date made it (FOLLOWUP only)
 */
public record CaseTask(String id, String caseId, String text, LocalDate dueDate, Optional<LocalTime> dueTime,
                       boolean done, Optional<OffsetDateTime> doneAt, String workerId, OffsetDateTime createdAt,
                       TaskOrigin origin, Optional<String> sourceIntakeId) {

    /** The longest task text, in characters: a summary, not a note. */
    public static final int MAX_TEXT = 200;
}
