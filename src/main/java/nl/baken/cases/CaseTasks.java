package nl.baken.cases;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.baken.audit.AuditLog;
import nl.baken.store.Store;

/**
 * The desk's tasks: adding, editing, done and undone, the open ones across cases, and the follow-up task an intake's
 * {@code role: followup_date} answer makes. Every change is one transaction with its audit entry (ids only) and moves
 * the case's last activity.
 */
public final class CaseTasks {

    private final Store store;
    private final CaseRepository cases;
    private final TaskRepository tasks;
    private final AuditLog audit;
    private final DeskCalendar calendar;
    private final CaseLookup lookup;

    CaseTasks(Store store, CaseRepository cases, TaskRepository tasks, AuditLog audit, DeskCalendar calendar,
              CaseLookup lookup) {
        this.store = store;
        this.cases = cases;
        this.tasks = tasks;
        this.audit = audit;
        this.calendar = calendar;
        this.lookup = lookup;
    }

    public Optional<CaseTask> find(String taskId) {
        return tasks.find(taskId);
    }

    /** A case's tasks, open ones first, by due date. */
    public List<CaseTask> of(String caseId) {
        return tasks.forCase(caseId);
    }

    /** Adds a task to an open or closed case: a short text (at most {@link CaseTask#MAX_TEXT}), a due date and time. */
    public CaseTask add(String caseId, LocalDate due, Optional<LocalTime> time, String text, String workerId) {
        String clean = DeskText.require(text, CaseTask.MAX_TEXT, false);
        CaseFile c = lookup.require(caseId);
        OffsetDateTime now = calendar.stamp();
        CaseTask task = new CaseTask(UUID.randomUUID().toString(), c.id(), clean, due, time, false, Optional.empty(),
                workerId, now, TaskOrigin.MANUAL, Optional.empty());
        store.inTransaction(dsl -> {
            tasks.create(task);
            cases.touch(c.id(), now);
            audit.append(dsl, workerId, "TASK_ADD", task.id());
            return null;
        });
        return task;
    }

    /** Changes a task's text, due date and time (a follow-up's text may stay empty). */
    public CaseTask edit(String taskId, LocalDate due, Optional<LocalTime> time, String text, String workerId) {
        CaseTask task = require(taskId);
        String clean = task.origin() == TaskOrigin.FOLLOWUP && (text == null || text.isBlank())
                ? "" : DeskText.require(text, CaseTask.MAX_TEXT, false);
        OffsetDateTime now = calendar.stamp();
        store.inTransaction(dsl -> {
            tasks.update(taskId, due, time, clean);
            cases.touch(task.caseId(), now);
            audit.append(dsl, workerId, "TASK_EDIT", taskId);
            return null;
        });
        return tasks.find(taskId).orElseThrow();
    }

    /** Marks a task done or (with {@code done} false) open again; nothing changes when it already is. */
    public CaseTask setDone(String taskId, boolean done, String workerId) {
        CaseTask task = require(taskId);
        if (task.done() == done) {
            return task;
        }
        OffsetDateTime now = calendar.stamp();
        store.inTransaction(dsl -> {
            tasks.setDone(taskId, done, now);
            cases.touch(task.caseId(), now);
            audit.append(dsl, workerId, done ? "TASK_DONE" : "TASK_UNDONE", taskId);
            return null;
        });
        return tasks.find(taskId).orElseThrow();
    }

    /** Every open task, or those due before {@code dueBefore} (exclusive), by due date, with references (one query). */
    public List<TaskWithCase> open(Optional<LocalDate> dueBefore) {
        return tasks.openDueBefore(dueBefore, Integer.MAX_VALUE, calendar::urgency);
    }

    /** The first {@code limit} open tasks due today or overdue: the home screen's lines (the database stops there). */
    public List<TaskWithCase> due(int limit) {
        return tasks.openDueBefore(Optional.of(calendar.today().plusDays(1)), limit, calendar::urgency);
    }

    /** Open tasks overdue and due today, counted by the database (today's are classified by their time). */
    DueCounts countDue() {
        LocalDate today = calendar.today();
        int overdue = tasks.countOpenDueBefore(today);
        int dueToday = 0;
        for (CaseTask t : tasks.openDueOn(today)) {
            if (calendar.urgency(t) == TaskUrgency.OVERDUE) {
                overdue++;
            } else {
                dueToday++;
            }
        }
        return new DueCounts(overdue, dueToday);
    }

    /**
     * An intake's {@code role: followup_date} answer: with a date, the intake's follow-up task is made or moved to
     * it (done again becomes open when the date changes); without one, an open follow-up task goes (a done one stays).
     * Joins the caller's transaction.
     */
    public void followupAnswered(String caseId, String intakeId, Optional<LocalDate> date, String workerId) {
        Optional<CaseTask> existing = tasks.followupOf(intakeId);
        OffsetDateTime now = calendar.stamp();
        store.inTransaction(dsl -> {
            if (date.isEmpty()) {
                existing.filter(t -> !t.done()).ifPresent(t -> {
                    tasks.delete(t.id());
                    audit.append(dsl, workerId, "TASK_FOLLOWUP_REMOVE", t.id());
                });
            } else if (existing.isEmpty()) {
                CaseTask task = new CaseTask(UUID.randomUUID().toString(), caseId, "", date.get(), Optional.empty(),
                        false, Optional.empty(), workerId, now, TaskOrigin.FOLLOWUP, Optional.of(intakeId));
                tasks.create(task);
                audit.append(dsl, workerId, "TASK_FOLLOWUP", task.id());
            } else if (!existing.get().dueDate().equals(date.get())) {
                CaseTask t = existing.get();
                tasks.update(t.id(), date.get(), t.dueTime(), t.text());
                if (t.done()) {
                    tasks.setDone(t.id(), false, now);
                }
                audit.append(dsl, workerId, "TASK_FOLLOWUP", t.id());
            }
            return null;
        });
    }

    /** Open tasks overdue and due today, as counted. */
    record DueCounts(int overdue, int dueToday) {
    }

    private CaseTask require(String taskId) {
        return tasks.find(taskId).orElseThrow(() -> new CaseDeskException(CaseDeskException.Reason.UNKNOWN_TASK));
    }
}
