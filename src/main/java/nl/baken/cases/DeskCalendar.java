package nl.baken.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The desk's calendar: "now" and "today" in the worker's zone, and how urgent a task is at this moment. */
public final class DeskCalendar {

    private final Clock clock;
    private final ZoneId zone;

    /** @param zone the zone whose calendar decides "today" and "overdue" (the worker's own) */
    public DeskCalendar(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** Today in the desk's zone. */
    public LocalDate today() {
        return now().toLocalDate();
    }

    ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(zone);
    }

    /** Now, as the desk's writes record it. */
    OffsetDateTime stamp() {
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
}
