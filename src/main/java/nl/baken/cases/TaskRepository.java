package nl.baken.cases;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Tasks of cases in the encrypted store; the text is sealed. Lists join the case's reference in the same query. */
public interface TaskRepository {

    void create(CaseTask task);

    Optional<CaseTask> find(String taskId);

    /** A case's tasks, open ones first, each group by due date. */
    List<CaseTask> forCase(String caseId);

    void update(String taskId, LocalDate dueDate, Optional<LocalTime> dueTime, String text);

    void setDone(String taskId, boolean done, OffsetDateTime at);

    /**
     * The first {@code limit} open tasks due before {@code day} (exclusive), or of every open task when empty, by due
     * date, with references: the database stops at the limit.
     */
    List<TaskWithCase> openDueBefore(Optional<LocalDate> day, int limit, Urgency urgency);

    /** Open tasks due on {@code day} (for classifying today's by their time). */
    List<CaseTask> openDueOn(LocalDate day);

    /** The number of open tasks due before {@code day}. */
    int countOpenDueBefore(LocalDate day);

    /** The follow-up task an intake made, if any. */
    Optional<CaseTask> followupOf(String intakeId);

    void delete(String taskId);

    /** How urgent a task is now; given to list queries so they fill {@link TaskWithCase#urgency()}. */
    @FunctionalInterface
    interface Urgency {
        TaskUrgency of(CaseTask task);
    }
}
