package nl.baken.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.baken.audit.AuditLog;
import nl.baken.questionnaire.Exploitation;
import nl.baken.store.Store;

/**
 * The case desk: what a coordinator does with a case after the first conversation. Tasks (due today or overdue in
 * the vault's time zone), notes, the reflection period and its reminders, closing and reopening, hand-over, a
 * timeline, search, and the home screen's counts. Every change is one transaction with its audit entry (ids and
 * event names only). Every method touches the database and runs off the FX thread; bad input throws
 * {@link CaseDeskException} and changes nothing.
 */
public final class CaseDesk {

    /** How far ahead the home screen looks for reflection periods ending: the first reminder's distance. */
    public static final Period ENDING_SOON = Period.ofWeeks(ReflectionReminder.FOUR_WEEKS.weeksBefore());
    /** The longest close reason, in characters: a short summary, not a report. */
    public static final int MAX_REASON = 500;

    private final Store store;
    private final CaseRepository cases;
    private final TaskRepository tasks;
    private final NoteRepository notes;
    private final ReflectionRepository reflections;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<Map<String, String>> workers;

    /**
     * @param zone the zone whose calendar decides "today" and "overdue" (the worker's own)
     * @param workers the workers of this vault, slot id to name, read when a case is handed over
     */
    public CaseDesk(Store store, CaseRepository cases, TaskRepository tasks, NoteRepository notes,
                    ReflectionRepository reflections, AuditLog audit, Clock clock, ZoneId zone,
                    Supplier<Map<String, String>> workers) {
        this.store = store;
        this.cases = cases;
        this.tasks = tasks;
        this.notes = notes;
        this.reflections = reflections;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
        this.workers = workers;
    }

    /** A desk on {@code store} with its own jOOQ repositories, in the clock's zone. */
    public static CaseDesk on(Store store, CaseRepository cases, AuditLog audit, Clock clock,
                              Supplier<Map<String, String>> workers) {
        return new CaseDesk(store, cases, new JooqTaskRepository(store), new JooqNoteRepository(store),
                new JooqReflectionRepository(store), audit, clock, clock.getZone(), workers);
    }

    // ---- the calendar ----

    /** Today in the desk's zone. */
    public LocalDate today() {
        return now().toLocalDate();
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(zone);
    }

    private OffsetDateTime stamp() {
        return now().toOffsetDateTime();
    }

    /**
     * How a task stands now: overdue from the first moment after its due date (midnight in the desk's zone), or from
     * its time on the due day when it has one (as java.time places it: a time in the spring DST gap moves on by
     * the gap, 02:30 becomes 03:30; a time the autumn change repeats is its first occurrence); due today until then.
     */
    public TaskUrgency urgency(CaseTask task) {
        if (task.done()) {
            return TaskUrgency.DONE;
        }
        ZonedDateTime now = now();
        LocalDate today = now.toLocalDate();
        if (task.dueDate().isBefore(today)) {
            return TaskUrgency.OVERDUE;
        }
        if (task.dueDate().isAfter(today)) {
            return TaskUrgency.LATER;
        }
        boolean timePassed = task.dueTime().map(t -> !now.isBefore(ZonedDateTime.of(today, t, zone))).orElse(false);
        return timePassed ? TaskUrgency.OVERDUE : TaskUrgency.DUE_TODAY;
    }

    // ---- cases ----

    /** The case with this id or reference. */
    public Optional<CaseFile> find(String idOrReference) {
        return cases.find(idOrReference).or(() -> cases.findByReference(idOrReference));
    }

    /** Every case as a list row, newest activity first (one query, nothing sealed opened). */
    public List<CaseSummary> summaries() {
        return cases.summaries();
    }

    public Optional<CaseSummary> summary(String caseId) {
        return cases.summary(caseId);
    }

    /** Every alias by case id: for revealing the alias column (opens each one). */
    public Map<String, String> aliases() {
        return cases.aliases();
    }

    /** What every case can be found by, opened from the vault: for an in-memory search index. */
    public List<CaseSearchText> searchTexts() {
        Map<String, String> aliases = cases.aliases();
        Map<String, List<String>> texts = notes.textsByCase();
        List<CaseSearchText> all = new ArrayList<>();
        for (CaseSummary c : cases.summaries()) {
            all.add(new CaseSearchText(c.id(), c.reference(), Optional.ofNullable(aliases.get(c.id())),
                    texts.getOrDefault(c.id(), List.of())));
        }
        return all;
    }

    /**
     * The cases whose reference, alias or a note holds {@code text} (ignoring case), optionally only those with
     * {@code status}, and with {@code dueOnly} only those with an open task due today or earlier; list order.
     * Alias and notes are sealed, so they are opened here and matched in memory, never in SQL.
     */
    public List<CaseSummary> search(String text, Optional<CaseStatus> status, boolean dueOnly) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        Map<String, String> aliases = cases.aliases();
        Map<String, List<String>> texts = notes.textsByCase();
        LocalDate today = today();
        return cases.summaries().stream()
                .filter(c -> status.map(s -> s == c.status()).orElse(true))
                .filter(c -> !dueOnly || c.nextDue().map(d -> !d.isAfter(today)).orElse(false))
                .filter(c -> new CaseSearchText(c.id(), c.reference(), Optional.ofNullable(aliases.get(c.id())),
                        texts.getOrDefault(c.id(), List.of())).matches(needle))
                .toList();
    }

    /** Records that a worker opened the case to read it (the case page, {@code case show}): its id only. */
    public void recordView(String caseId, String workerId) {
        audit.record(workerId, "CASE_VIEW", requireCase(caseId).id());
    }

    /** Why the case was last closed, if it was. */
    public Optional<String> closeReason(String caseId) {
        return cases.closeReason(caseId);
    }

    /** Closes an open case with a short reason (sealed); refuses a closed case, an empty or over-long reason. */
    public void close(String caseId, String reason, String workerId) {
        String text = requireText(reason, MAX_REASON, true);
        CaseFile c = requireCase(caseId);
        if (c.status() == CaseStatus.CLOSED) {
            throw new CaseDeskException(CaseDeskException.Reason.ALREADY_CLOSED);
        }
        OffsetDateTime now = stamp();
        store.inTransaction(dsl -> {
            cases.close(c.id(), text, now);
            audit.append(dsl, workerId, "CASE_CLOSE", c.id());
            return null;
        });
    }

    /** Opens a closed case again; refuses one that is open. */
    public void reopen(String caseId, String workerId) {
        CaseFile c = requireCase(caseId);
        if (c.status() != CaseStatus.CLOSED) {
            throw new CaseDeskException(CaseDeskException.Reason.NOT_CLOSED);
        }
        OffsetDateTime now = stamp();
        store.inTransaction(dsl -> {
            cases.reopen(c.id(), now);
            audit.append(dsl, workerId, "CASE_REOPEN", c.id());
            return null;
        });
    }

    /** The workers of this vault who can take a case: slot id to name. */
    public Map<String, String> workers() {
        return workers.get();
    }

    /** Hands the case to another worker of this vault; the audit entry names the case and the new worker's slot id. */
    public void handOver(String caseId, String toWorkerId, String workerId) {
        CaseFile c = requireCase(caseId);
        if (!workers.get().containsKey(toWorkerId)) {
            throw new CaseDeskException(CaseDeskException.Reason.UNKNOWN_WORKER);
        }
        OffsetDateTime now = stamp();
        store.inTransaction(dsl -> {
            cases.setWorker(c.id(), toWorkerId, now);
            audit.append(dsl, workerId, "CASE_HANDOVER", c.id() + "/" + toWorkerId);
            return null;
        });
    }

    /**
     * What happened to the case when, oldest first: the audit log's entries about the case, its intakes,
     * referrals, consent, tasks and notes (one pass over the log).
     */
    public List<TimelineEntry> timeline(String caseId) {
        Set<String> ids = cases.subjectIds(requireCase(caseId).id());
        return audit.about(ids).stream()
                .map(e -> new TimelineEntry(e.occurredAt(), e.event(), e.subject(), e.workerId()))
                .sorted(Comparator.comparing(TimelineEntry::at))
                .toList();
    }

    /**
     * An intake of the case changed: its last activity moves to now and, when {@code forms} is given, the case's
     * forms of exploitation become those. Joins the caller's transaction (intake calls it with its answer's).
     */
    public void intakeChanged(String caseId, Optional<Set<Exploitation>> forms) {
        cases.touch(caseId, stamp());
        forms.ifPresent(f -> cases.setExploitationForms(caseId, f));
    }

    // ---- tasks ----

    public Optional<CaseTask> task(String taskId) {
        return tasks.find(taskId);
    }

    /** A case's tasks, open ones first, by due date. */
    public List<CaseTask> tasksOf(String caseId) {
        return tasks.forCase(caseId);
    }

    /** Adds a task to an open or closed case: a short text (at most {@link CaseTask#MAX_TEXT}), a due date and time. */
    public CaseTask addTask(String caseId, LocalDate due, Optional<LocalTime> time, String text, String workerId) {
        String clean = requireText(text, CaseTask.MAX_TEXT, false);
        CaseFile c = requireCase(caseId);
        OffsetDateTime now = stamp();
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
    public CaseTask editTask(String taskId, LocalDate due, Optional<LocalTime> time, String text, String workerId) {
        CaseTask task = requireTask(taskId);
        String clean = task.origin() == TaskOrigin.FOLLOWUP && (text == null || text.isBlank())
                ? "" : requireText(text, CaseTask.MAX_TEXT, false);
        OffsetDateTime now = stamp();
        store.inTransaction(dsl -> {
            tasks.update(taskId, due, time, clean);
            cases.touch(task.caseId(), now);
            audit.append(dsl, workerId, "TASK_EDIT", taskId);
            return null;
        });
        return tasks.find(taskId).orElseThrow();
    }

    public CaseTask markDone(String taskId, String workerId) {
        return setDone(taskId, true, workerId);
    }

    public CaseTask markUndone(String taskId, String workerId) {
        return setDone(taskId, false, workerId);
    }

    private CaseTask setDone(String taskId, boolean done, String workerId) {
        CaseTask task = requireTask(taskId);
        if (task.done() == done) {
            return task;
        }
        OffsetDateTime now = stamp();
        store.inTransaction(dsl -> {
            tasks.setDone(taskId, done, now);
            cases.touch(task.caseId(), now);
            audit.append(dsl, workerId, done ? "TASK_DONE" : "TASK_UNDONE", taskId);
            return null;
        });
        return tasks.find(taskId).orElseThrow();
    }

    /** Every open task, or those due before {@code dueBefore} (exclusive), by due date, with references (one query). */
    public List<TaskWithCase> openTasks(Optional<LocalDate> dueBefore) {
        return tasks.openDueBefore(dueBefore, this::urgency);
    }

    /** Open tasks due today or overdue: what the home screen lists first. */
    public List<TaskWithCase> dueTasks() {
        return tasks.openDueBefore(Optional.of(today().plusDays(1)), this::urgency);
    }

    /**
     * An intake's {@code role: followup_date} answer: with a date, the intake's follow-up task is made or moved to
     * it (done again becomes open when the date changes); without one, an open follow-up task goes (a done one stays).
     * Joins the caller's transaction.
     */
    public void followupAnswered(String caseId, String intakeId, Optional<LocalDate> date, String workerId) {
        Optional<CaseTask> existing = tasks.followupOf(intakeId);
        OffsetDateTime now = stamp();
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

    // ---- notes ----

    /** Adds a short note (a summary, at most {@link CaseNote#MAX_TEXT} characters; line breaks allowed). */
    public CaseNote addNote(String caseId, String text, String workerId) {
        String clean = requireText(text, CaseNote.MAX_TEXT, true);
        CaseFile c = requireCase(caseId);
        OffsetDateTime now = stamp();
        CaseNote note = new CaseNote(UUID.randomUUID().toString(), c.id(), now, clean, workerId);
        store.inTransaction(dsl -> {
            notes.create(note);
            cases.touch(c.id(), now);
            audit.append(dsl, workerId, "NOTE_ADD", note.id());
            return null;
        });
        return note;
    }

    /** A case's notes, newest first. */
    public List<CaseNote> notesOf(String caseId) {
        return notes.forCase(caseId);
    }

    // ---- the reflection period ----

    public Optional<ReflectionPeriod> reflectionOf(String caseId) {
        return reflections.find(caseId);
    }

    /** Records the case's reflection period as entered on the case page: start and status (extension kept). */
    public ReflectionPeriod setReflection(String caseId, LocalDate start, ReflectionStatus status, String workerId) {
        CaseFile c = requireCase(caseId);
        Optional<ReflectionPeriod> old = reflections.find(c.id());
        ReflectionPeriod p = new ReflectionPeriod(c.id(), start, old.map(ReflectionPeriod::extension).orElse(Period.ZERO),
                status, old.flatMap(ReflectionPeriod::sourceIntakeId), workerId, stamp());
        return put(p, "REFLECTION_SET", workerId);
    }

    /** Sets the extension (beyond the three months; {@link Period#ZERO} removes it); refuses a negative one. */
    public ReflectionPeriod extendReflection(String caseId, Period extension, String workerId) {
        if (extension.isNegative()) {
            throw new CaseDeskException(CaseDeskException.Reason.BAD_EXTENSION);
        }
        ReflectionPeriod old = requireReflection(caseId);
        return put(new ReflectionPeriod(old.caseId(), old.start(), extension, old.status(), old.sourceIntakeId(),
                workerId, stamp()), "REFLECTION_EXTEND", workerId);
    }

    public ReflectionPeriod setReflectionStatus(String caseId, ReflectionStatus status, String workerId) {
        ReflectionPeriod old = requireReflection(caseId);
        return put(new ReflectionPeriod(old.caseId(), old.start(), old.extension(), status, old.sourceIntakeId(),
                workerId, stamp()), "REFLECTION_STATUS", workerId);
    }

    /**
     * An intake's {@code role: reflection_start} answer: the period starts on that date (running, unless the worker
     * already recorded another status); an extension the worker entered stays. Joins the caller's transaction.
     */
    public void reflectionAnswered(String caseId, String intakeId, LocalDate start, String workerId) {
        Optional<ReflectionPeriod> old = reflections.find(caseId);
        if (old.map(p -> p.start().equals(start)).orElse(false)) {
            return;
        }
        put(new ReflectionPeriod(caseId, start, old.map(ReflectionPeriod::extension).orElse(Period.ZERO),
                old.map(ReflectionPeriod::status).orElse(ReflectionStatus.RUNNING), Optional.of(intakeId), workerId,
                stamp()), "REFLECTION_SET", workerId);
    }

    private ReflectionPeriod put(ReflectionPeriod p, String event, String workerId) {
        OffsetDateTime now = p.recordedAt();
        store.inTransaction(dsl -> {
            reflections.put(p);
            cases.touch(p.caseId(), now);
            audit.append(dsl, workerId, event, p.caseId());
            return null;
        });
        return p;
    }

    /** Every running reflection period by end date, with days left and the reminder due today (one query). */
    public List<ReflectionDeadline> deadlines() {
        return deadlines(Optional.empty());
    }

    /** Running periods that end within four weeks (or are past their end): the home screen's reminders. */
    public List<ReflectionDeadline> endingSoon() {
        return deadlines(Optional.of(today().plus(ENDING_SOON)));
    }

    private List<ReflectionDeadline> deadlines(Optional<LocalDate> lastEnd) {
        LocalDate today = today();
        return reflections.running(lastEnd).stream()
                .map(r -> new ReflectionDeadline(r.period(), r.caseReference(), r.period().end(),
                        r.period().daysLeft(today), r.period().reminderOn(today)))
                .toList();
    }

    // ---- the home screen ----

    /** The home screen's counts, from SQL counts (today's tasks are classified by their time). */
    public DeskCounts counts() {
        LocalDate today = today();
        int overdue = tasks.countOpenDueBefore(today);
        int dueToday = 0;
        for (CaseTask t : tasks.openDueOn(today)) {
            if (urgency(t) == TaskUrgency.OVERDUE) {
                overdue++;
            } else {
                dueToday++;
            }
        }
        return new DeskCounts(overdue, dueToday, reflections.countRunningEndingBy(today.plus(ENDING_SOON)));
    }

    // ---- checks ----

    private CaseFile requireCase(String idOrReference) {
        return find(idOrReference).orElseThrow(() -> new CaseDeskException(CaseDeskException.Reason.UNKNOWN_CASE));
    }

    private CaseTask requireTask(String taskId) {
        return tasks.find(taskId).orElseThrow(() -> new CaseDeskException(CaseDeskException.Reason.UNKNOWN_TASK));
    }

    private ReflectionPeriod requireReflection(String caseId) {
        return reflections.find(requireCase(caseId).id())
                .orElseThrow(() -> new CaseDeskException(CaseDeskException.Reason.NO_REFLECTION_PERIOD));
    }

    /**
     * The text stripped; refused when empty, longer than {@code max}, or holding control characters (line breaks
     * and tabs only where {@code multiLine}).
     */
    public static String requireText(String text, int max, boolean multiLine) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new CaseDeskException(CaseDeskException.Reason.EMPTY_TEXT);
        }
        if (clean.length() > max) {
            throw new CaseDeskException(CaseDeskException.Reason.TEXT_TOO_LONG);
        }
        boolean bad = clean.chars().anyMatch(ch -> Character.isISOControl(ch)
                && !(multiLine && (ch == '\n' || ch == '\t' || ch == '\r')));
        if (bad) {
            throw new CaseDeskException(CaseDeskException.Reason.INVALID_TEXT);
        }
        return clean;
    }
}
