package nl.baken.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reflection periods in the encrypted store, at most one per case; the end date is kept for the deadline query. */
public interface ReflectionRepository {

    /** Writes the case's period, replacing an earlier one. */
    void put(ReflectionPeriod period);

    Optional<ReflectionPeriod> find(String caseId);

    /**
     * The first {@code limit} running periods ending on or before {@code lastEnd} (of every running one when empty),
     * by end date: the database stops at the limit.
     */
    List<ReflectionDeadlineRow> running(Optional<LocalDate> lastEnd, int limit);

    /** The number of running periods ending on or before {@code lastEnd}. */
    int countRunningEndingBy(LocalDate lastEnd);

    /** A running period with its case's reference, as one row of the deadline query. */
    record ReflectionDeadlineRow(ReflectionPeriod period, String caseReference) {
    }
}
