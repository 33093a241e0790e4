package nl.baken.cases;

import java.time.LocalDate;
import java.util.Optional;

/** A running reflection period as the deadline list shows it: the case's reference, the end and the days left. */
public record ReflectionDeadline(ReflectionPeriod period, String caseReference, LocalDate end, long daysLeft,
                                 Optional<ReflectionReminder> reminder) {
}
