package nl.baken.cases;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.CASE_TASK;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.baken.store.Store;
import nl.baken.store.generated.tables.records.CaseTaskRecord;
import org.jooq.Condition;
import org.jooq.Record;

/** {@link TaskRepository} on the encrypted store; the text is sealed, bound to the task's id. */
public final class JooqTaskRepository implements TaskRepository {

    private final Store store;

    public JooqTaskRepository(Store store) {
        this.store = store;
    }

    @Override
    public void create(CaseTask t) {
        store.dsl().insertInto(CASE_TASK)
                .set(CASE_TASK.ID, t.id())
                .set(CASE_TASK.CASE_ID, t.caseId())
                .set(CASE_TASK.TASK_TEXT, store.sealer().seal(CASE_TASK.TASK_TEXT, t.text(), t.id()))
                .set(CASE_TASK.DUE_DATE, t.dueDate())
                .set(CASE_TASK.DUE_TIME, t.dueTime().orElse(null))
                .set(CASE_TASK.DONE, t.done())
                .set(CASE_TASK.DONE_AT, t.doneAt().orElse(null))
                .set(CASE_TASK.WORKER_ID, t.workerId())
                .set(CASE_TASK.CREATED_AT, t.createdAt())
                .set(CASE_TASK.ORIGIN, t.origin().name())
                .set(CASE_TASK.SOURCE_INTAKE_ID, t.sourceIntakeId().orElse(null))
                .execute();
    }

    @Override
    public Optional<CaseTask> find(String taskId) {
        return store.dsl().selectFrom(CASE_TASK).where(CASE_TASK.ID.eq(taskId)).fetchOptional(this::toTask);
    }

    @Override
    public List<CaseTask> forCase(String caseId) {
        return store.dsl().selectFrom(CASE_TASK).where(CASE_TASK.CASE_ID.eq(caseId))
                .orderBy(CASE_TASK.DONE, CASE_TASK.DUE_DATE, CASE_TASK.DUE_TIME.nullsLast(), CASE_TASK.CREATED_AT,
                        CASE_TASK.ID)
                .fetch(this::toTask);
    }

    @Override
    public void update(String taskId, LocalDate dueDate, Optional<LocalTime> dueTime, String text) {
        store.dsl().update(CASE_TASK)
                .set(CASE_TASK.DUE_DATE, dueDate)
                .set(CASE_TASK.DUE_TIME, dueTime.orElse(null))
                .set(CASE_TASK.TASK_TEXT, store.sealer().seal(CASE_TASK.TASK_TEXT, text, taskId))
                .where(CASE_TASK.ID.eq(taskId)).execute();
    }

    @Override
    public void setDone(String taskId, boolean done, OffsetDateTime at) {
        store.dsl().update(CASE_TASK).set(CASE_TASK.DONE, done).set(CASE_TASK.DONE_AT, done ? at : null)
                .where(CASE_TASK.ID.eq(taskId)).execute();
    }

    @Override
    public List<TaskWithCase> openDueBefore(Optional<LocalDate> day, int limit, Urgency urgency) {
        Condition due = day.map(CASE_TASK.DUE_DATE::lt).orElse(org.jooq.impl.DSL.noCondition());
        return store.dsl().select(CASE_TASK.fields()).select(CASE_FILE.REFERENCE)
                .from(CASE_TASK).join(CASE_FILE).on(CASE_FILE.ID.eq(CASE_TASK.CASE_ID))
                .where(CASE_TASK.DONE.isFalse()).and(due)
                .orderBy(CASE_TASK.DUE_DATE, CASE_TASK.DUE_TIME.nullsLast(), CASE_FILE.REFERENCE, CASE_TASK.ID)
                .limit(limit)
                .fetch(r -> {
                    CaseTask task = toTask(r.into(CASE_TASK));
                    return new TaskWithCase(task, r.get(CASE_FILE.REFERENCE), urgency.of(task));
                });
    }

    @Override
    public List<CaseTask> openDueOn(LocalDate day) {
        return store.dsl().selectFrom(CASE_TASK).where(CASE_TASK.DONE.isFalse()).and(CASE_TASK.DUE_DATE.eq(day))
                .fetch(this::toTask);
    }

    @Override
    public int countOpenDueBefore(LocalDate day) {
        return store.dsl().fetchCount(CASE_TASK, CASE_TASK.DONE.isFalse().and(CASE_TASK.DUE_DATE.lt(day)));
    }

    @Override
    public Optional<CaseTask> followupOf(String intakeId) {
        return store.dsl().selectFrom(CASE_TASK).where(CASE_TASK.SOURCE_INTAKE_ID.eq(intakeId))
                .fetchOptional(this::toTask);
    }

    @Override
    public void delete(String taskId) {
        store.dsl().deleteFrom(CASE_TASK).where(CASE_TASK.ID.eq(taskId)).execute();
    }

    private CaseTask toTask(Record record) {
        CaseTaskRecord r = record.into(CASE_TASK);
        return new CaseTask(r.getId(), r.getCaseId(), store.sealer().open(CASE_TASK.TASK_TEXT, r.getTaskText(), r.getId()),
                r.getDueDate(), Optional.ofNullable(r.getDueTime()), r.getDone(), Optional.ofNullable(r.getDoneAt()),
                r.getWorkerId(), r.getCreatedAt(), TaskOrigin.valueOf(r.getOrigin()),
                Optional.ofNullable(r.getSourceIntakeId()));
    }
}
