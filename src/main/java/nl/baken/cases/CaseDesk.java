package nl.baken.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.baken.audit.AuditLog;
import nl.baken.questionnaire.Exploitation;
import nl.baken.store.Store;

/**
 * The case desk: what a coordinator does with a case after the first conversation. Its parts do the work —
 * {@link CaseTasks}, {@link CaseNotes}, {@link ReflectionPeriods}, {@link CaseLifecycle} (close, reopen, hand-over),
 * {@link CaseSearch} (list rows and search) on one {@link DeskCalendar} — and the desk itself keeps what spans them:
 * the timeline, the home screen's counts, and the hooks other features call when a case changes. Every method touches
 * the database and runs off the FX thread; bad input throws {@link CaseDeskException} and changes nothing.
 */
public final class CaseDesk {

    /** How far ahead the home screen looks for reflection periods ending: the first reminder's distance. */
    public static final Period ENDING_SOON = ReflectionPeriods.ENDING_SOON;
    /** The longest close reason, in characters: a short summary, not a report. */
    public static final int MAX_REASON = CaseLifecycle.MAX_REASON;

    private final CaseRepository cases;
    private final AuditLog audit;
    private final DeskCalendar calendar;
    private final CaseLookup lookup;
    private final CaseTasks tasks;
    private final CaseNotes notes;
    private final ReflectionPeriods reflections;
    private final CaseLifecycle lifecycle;
    private final CaseSearch search;

    /**
     * @param zone the zone whose calendar decides "today" and "overdue" (the worker's own)
     * @param workers the workers of this vault, slot id to name, read when a case is handed over
     */
    public CaseDesk(Store store, CaseRepository cases, TaskRepository tasks, NoteRepository notes,
                    ReflectionRepository reflections, AuditLog audit, Clock clock, ZoneId zone,
                    Supplier<Map<String, String>> workers) {
        this.cases = cases;
        this.audit = audit;
        this.calendar = new DeskCalendar(clock, zone);
        this.lookup = new CaseLookup(cases);
        this.tasks = new CaseTasks(store, cases, tasks, audit, calendar, lookup);
        this.notes = new CaseNotes(store, cases, notes, audit, calendar, lookup);
        this.reflections = new ReflectionPeriods(store, cases, reflections, audit, calendar, lookup);
        this.lifecycle = new CaseLifecycle(store, cases, audit, calendar, lookup, workers);
        this.search = new CaseSearch(cases, notes, calendar::today);
    }

    /** A desk on {@code store} with its own jOOQ repositories, in the clock's zone. */
    public static CaseDesk on(Store store, CaseRepository cases, AuditLog audit, Clock clock,
                              Supplier<Map<String, String>> workers) {
        return new CaseDesk(store, cases, new JooqTaskRepository(store), new JooqNoteRepository(store),
                new JooqReflectionRepository(store), audit, clock, clock.getZone(), workers);
    }

    // ---- the parts ----

    public DeskCalendar calendar() {
        return calendar;
    }

    public CaseTasks tasks() {
        return tasks;
    }

    public CaseNotes notes() {
        return notes;
    }

    public ReflectionPeriods reflections() {
        return reflections;
    }

    public CaseLifecycle lifecycle() {
        return lifecycle;
    }

    public CaseSearch search() {
        return search;
    }

    // ---- what spans the parts ----

    /** The case with this id or reference. */
    public Optional<CaseFile> find(String idOrReference) {
        return lookup.find(idOrReference);
    }

    /** Records that a worker opened the case to read it (the case page, {@code case show}): its id only. */
    public void recordView(String caseId, String workerId) {
        audit.record(workerId, "CASE_VIEW", lookup.require(caseId).id());
    }

    /** Records that a worker revealed the case list's alias column (every alias on screen): no case named. */
    public void recordAliasReveal(String workerId) {
        audit.record(workerId, "ALIAS_REVEAL", null);
    }

    /**
     * What happened to the case when, oldest first: the audit log's entries about the case, its intakes,
     * referrals, consent, tasks and notes (one pass over the log).
     */
    public List<TimelineEntry> timeline(String caseId) {
        Set<String> ids = cases.subjectIds(lookup.require(caseId).id());
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
        cases.touch(caseId, calendar.stamp());
        forms.ifPresent(f -> cases.setExploitationForms(caseId, f));
    }

    /** Something else about the case changed (its consent, a referral): its last activity moves to now. */
    public void caseTouched(String caseId) {
        cases.touch(caseId, calendar.stamp());
    }

    /** The home screen's counts, from SQL counts (today's tasks are classified by their time). */
    public DeskCounts counts() {
        CaseTasks.DueCounts due = tasks.countDue();
        return new DeskCounts(due.overdue(), due.dueToday(), reflections.countEndingSoon());
    }

    /** The first {@code limit} open tasks due today or overdue: the home screen's lines. */
    public List<TaskWithCase> dueTasks(int limit) {
        return tasks.due(limit);
    }

    /** The first {@code limit} running reflection periods ending within four weeks: the home screen's reminders. */
    public List<ReflectionDeadline> endingSoon(int limit) {
        return reflections.endingSoon(limit);
    }

    /** See {@link DeskText#require}. */
    public static String requireText(String text, int max, boolean multiLine) {
        return DeskText.require(text, max, multiLine);
    }

    // ---- the parts' work, by the names the features call (see the part for each) ----

    public LocalDate today() {
        return calendar.today();
    }

    public TaskUrgency urgency(CaseTask task) {
        return calendar.urgency(task);
    }

    public List<CaseSummary> summaries() {
        return search.summaries();
    }

    public Optional<CaseSummary> summary(String caseId) {
        return search.summary(caseId);
    }

    public Map<String, String> aliases() {
        return search.aliases();
    }

    public List<CaseSearchText> searchTexts() {
        return search.searchTexts();
    }

    public List<CaseSummary> search(String text, Optional<CaseStatus> status, boolean dueOnly) {
        return search.search(text, status, dueOnly);
    }

    public Optional<String> closeReason(String caseId) {
        return lifecycle.closeReason(caseId);
    }

    public void close(String caseId, String reason, String workerId) {
        lifecycle.close(caseId, reason, workerId);
    }

    public void reopen(String caseId, String workerId) {
        lifecycle.reopen(caseId, workerId);
    }

    public Map<String, String> workers() {
        return lifecycle.workers();
    }

    public void handOver(String caseId, String toWorkerId, String workerId) {
        lifecycle.handOver(caseId, toWorkerId, workerId);
    }

    public Optional<CaseTask> task(String taskId) {
        return tasks.find(taskId);
    }

    public List<CaseTask> tasksOf(String caseId) {
        return tasks.of(caseId);
    }

    public CaseTask addTask(String caseId, LocalDate due, Optional<LocalTime> time, String text, String workerId) {
        return tasks.add(caseId, due, time, text, workerId);
    }

    public CaseTask editTask(String taskId, LocalDate due, Optional<LocalTime> time, String text, String workerId) {
        return tasks.edit(taskId, due, time, text, workerId);
    }

    public CaseTask markDone(String taskId, String workerId) {
        return tasks.setDone(taskId, true, workerId);
    }

    public CaseTask markUndone(String taskId, String workerId) {
        return tasks.setDone(taskId, false, workerId);
    }

    public List<TaskWithCase> openTasks(Optional<LocalDate> dueBefore) {
        return tasks.open(dueBefore);
    }

    public void followupAnswered(String caseId, String intakeId, Optional<LocalDate> date, String workerId) {
        tasks.followupAnswered(caseId, intakeId, date, workerId);
    }

    public CaseNote addNote(String caseId, String text, String workerId) {
        return notes.add(caseId, text, workerId);
    }

    public List<CaseNote> notesOf(String caseId) {
        return notes.of(caseId);
    }

    public Optional<ReflectionPeriod> reflectionOf(String caseId) {
        return reflections.of(caseId);
    }

    public ReflectionPeriod setReflection(String caseId, LocalDate start, ReflectionStatus status, String workerId) {
        return reflections.set(caseId, start, status, workerId);
    }

    public ReflectionPeriod extendReflection(String caseId, Period extension, String workerId) {
        return reflections.extend(caseId, extension, workerId);
    }

    public ReflectionPeriod setReflectionStatus(String caseId, ReflectionStatus status, String workerId) {
        return reflections.setStatus(caseId, status, workerId);
    }

    public void reflectionAnswered(String caseId, String intakeId, LocalDate start, String workerId) {
        reflections.answered(caseId, intakeId, start, workerId);
    }

    public List<ReflectionDeadline> deadlines() {
        return reflections.deadlines();
    }
}
