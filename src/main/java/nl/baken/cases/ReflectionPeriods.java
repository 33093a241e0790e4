package nl.baken.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.baken.audit.AuditLog;
import nl.baken.store.Store;

/**
 * The reflection period of a case (bedenktijd): entered on the case page or from an intake's
 * {@code role: reflection_start} answer, extended, its status changed; and the running periods by end date with the
 * reminder due today. Every change is one transaction with its audit entry and moves the case's last activity.
 */
public final class ReflectionPeriods {

    /** How far ahead the home screen looks for reflection periods ending: the first reminder's distance. */
    public static final Period ENDING_SOON = Period.ofWeeks(ReflectionReminder.FOUR_WEEKS.weeksBefore());

    private final Store store;
    private final CaseRepository cases;
    private final ReflectionRepository reflections;
    private final AuditLog audit;
    private final DeskCalendar calendar;
    private final CaseLookup lookup;

    ReflectionPeriods(Store store, CaseRepository cases, ReflectionRepository reflections, AuditLog audit,
                      DeskCalendar calendar, CaseLookup lookup) {
        this.store = store;
        this.cases = cases;
        this.reflections = reflections;
        this.audit = audit;
        this.calendar = calendar;
        this.lookup = lookup;
    }

    public Optional<ReflectionPeriod> of(String caseId) {
        return reflections.find(caseId);
    }

    /** Records the case's reflection period as entered on the case page: start and status (extension kept). */
    public ReflectionPeriod set(String caseId, LocalDate start, ReflectionStatus status, String workerId) {
        CaseFile c = lookup.require(caseId);
        Optional<ReflectionPeriod> old = reflections.find(c.id());
        ReflectionPeriod p = new ReflectionPeriod(c.id(), start, old.map(ReflectionPeriod::extension).orElse(Period.ZERO),
                status, old.flatMap(ReflectionPeriod::sourceIntakeId), workerId, calendar.stamp());
        return put(p, "REFLECTION_SET", workerId);
    }

    /** Sets the extension (beyond the three months; {@link Period#ZERO} removes it); refuses a negative one. */
    public ReflectionPeriod extend(String caseId, Period extension, String workerId) {
        if (extension.isNegative()) {
            throw new CaseDeskException(CaseDeskException.Reason.BAD_EXTENSION);
        }
        ReflectionPeriod old = require(caseId);
        return put(new ReflectionPeriod(old.caseId(), old.start(), extension, old.status(), old.sourceIntakeId(),
                workerId, calendar.stamp()), "REFLECTION_EXTEND", workerId);
    }

    public ReflectionPeriod setStatus(String caseId, ReflectionStatus status, String workerId) {
        ReflectionPeriod old = require(caseId);
        return put(new ReflectionPeriod(old.caseId(), old.start(), old.extension(), status, old.sourceIntakeId(),
                workerId, calendar.stamp()), "REFLECTION_STATUS", workerId);
    }

    /**
     * An intake's {@code role: reflection_start} answer: the period starts on that date (running, unless the worker
     * already recorded another status); an extension the worker entered stays. Joins the caller's transaction.
     */
    public void answered(String caseId, String intakeId, LocalDate start, String workerId) {
        Optional<ReflectionPeriod> old = reflections.find(caseId);
        if (old.map(p -> p.start().equals(start)).orElse(false)) {
            return;
        }
        put(new ReflectionPeriod(caseId, start, old.map(ReflectionPeriod::extension).orElse(Period.ZERO),
                old.map(ReflectionPeriod::status).orElse(ReflectionStatus.RUNNING), Optional.of(intakeId), workerId,
                calendar.stamp()), "REFLECTION_SET", workerId);
    }

    private ReflectionPeriod put(ReflectionPeriod p, String event, String workerId) {
        store.inTransaction(dsl -> {
            reflections.put(p);
            cases.touch(p.caseId(), p.recordedAt());
            audit.append(dsl, workerId, event, p.caseId());
            return null;
        });
        return p;
    }

    /** Every running reflection period by end date, with days left and the reminder due today (one query). */
    public List<ReflectionDeadline> deadlines() {
        return deadlines(Optional.empty(), Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} running periods that end within four weeks (or are past their end): the home
     * screen's reminders (the database stops at the limit).
     */
    public List<ReflectionDeadline> endingSoon(int limit) {
        return deadlines(Optional.of(calendar.today().plus(ENDING_SOON)), limit);
    }

    /** The number of running periods that end within four weeks (or are past their end). */
    int countEndingSoon() {
        return reflections.countRunningEndingBy(calendar.today().plus(ENDING_SOON));
    }

    private List<ReflectionDeadline> deadlines(Optional<LocalDate> lastEnd, int limit) {
        LocalDate today = calendar.today();
        return reflections.running(lastEnd, limit).stream()
                .map(r -> new ReflectionDeadline(r.period(), r.caseReference(), r.period().end(),
                        r.period().daysLeft(today), r.period().reminderOn(today)))
                .toList();
    }

    private ReflectionPeriod require(String caseId) {
        return reflections.find(lookup.require(caseId).id())
                .orElseThrow(() -> new CaseDeskException(CaseDeskException.Reason.NO_REFLECTION_PERIOD));
    }
}
