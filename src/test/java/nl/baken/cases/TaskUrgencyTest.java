package nl.baken.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import nl.baken.support.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * Due today or overdue, decided in the worker's zone (Europe/Amsterdam), around midnight and across the DST
 * changes. The clock runs in UTC on purpose: a desk that took "today" from it would be wrong near midnight.
 */
class TaskUrgencyTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final MovableClock clock = new MovableClock(Instant.EPOCH, ZoneOffset.UTC);
    private final CaseDesk desk = new CaseDesk(null, null, null, null, null, null, clock, AMSTERDAM, Map::of);

    private static CaseTask task(String due, LocalTime time) {
        return new CaseTask("t1", "c1", "call back", LocalDate.parse(due), Optional.ofNullable(time), false,
                Optional.empty(), "w1", OffsetDateTime.parse("2026-01-01T10:00:00Z"), TaskOrigin.MANUAL,
                Optional.empty());
    }

    private TaskUrgency at(String instant, CaseTask task) {
        clock.set(Instant.parse(instant));
        return desk.urgency(task);
    }

    @Test
    void aTaskIsDueAllOfItsDayAndOverdueFromMidnightInTheWorkersZone() {
        CaseTask t = task("2026-01-15", null);
        assertThat(at("2026-01-14T22:59:59Z", t)).isEqualTo(TaskUrgency.LATER);       // 23:59:59 on the 14th
        assertThat(at("2026-01-14T23:00:00Z", t)).isEqualTo(TaskUrgency.DUE_TODAY);   // 00:00 on the 15th
        assertThat(at("2026-01-15T22:59:00Z", t)).isEqualTo(TaskUrgency.DUE_TODAY);   // 23:59 on the 15th
        assertThat(at("2026-01-15T23:00:00Z", t)).isEqualTo(TaskUrgency.OVERDUE);     // 00:00 on the 16th
    }

    @Test
    void midnightMovesWithSummerTime() {
        CaseTask t = task("2026-07-01", null);
        assertThat(at("2026-06-30T21:59:00Z", t)).isEqualTo(TaskUrgency.LATER);       // 23:59 CEST
        assertThat(at("2026-06-30T22:00:00Z", t)).isEqualTo(TaskUrgency.DUE_TODAY);   // 00:00 CEST
        assertThat(at("2026-07-01T21:59:00Z", t)).isEqualTo(TaskUrgency.DUE_TODAY);
        assertThat(at("2026-07-01T22:00:00Z", t)).isEqualTo(TaskUrgency.OVERDUE);
    }

    @Test
    void theDaysOfTheDstChangesEndAtTheirOwnMidnight() {
        // 29 March 2026: clocks go from 02:00 to 03:00, so the day has 23 hours; it starts at 23:00Z on the 28th.
        CaseTask spring = task("2026-03-29", null);
        assertThat(at("2026-03-28T22:59:00Z", spring)).isEqualTo(TaskUrgency.LATER);
        assertThat(at("2026-03-28T23:00:00Z", spring)).isEqualTo(TaskUrgency.DUE_TODAY);
        assertThat(at("2026-03-29T21:59:00Z", spring)).isEqualTo(TaskUrgency.DUE_TODAY);  // 23:59 CEST
        assertThat(at("2026-03-29T22:00:00Z", spring)).isEqualTo(TaskUrgency.OVERDUE);    // 00:00 CEST on the 30th
        // 25 October 2026: 03:00 goes back to 02:00, the day has 25 hours; it ends at 23:00Z.
        CaseTask autumn = task("2026-10-25", null);
        assertThat(at("2026-10-24T21:59:00Z", autumn)).isEqualTo(TaskUrgency.LATER);
        assertThat(at("2026-10-24T22:00:00Z", autumn)).isEqualTo(TaskUrgency.DUE_TODAY);
        assertThat(at("2026-10-25T22:59:00Z", autumn)).isEqualTo(TaskUrgency.DUE_TODAY);  // 23:59 CET
        assertThat(at("2026-10-25T23:00:00Z", autumn)).isEqualTo(TaskUrgency.OVERDUE);
    }

    @Test
    void aTaskWithATimeIsOverdueFromThatTime() {
        CaseTask t = task("2026-01-15", LocalTime.of(14, 0));
        assertThat(at("2026-01-15T12:59:59Z", t)).isEqualTo(TaskUrgency.DUE_TODAY);
        assertThat(at("2026-01-15T13:00:00Z", t)).isEqualTo(TaskUrgency.OVERDUE);
    }

    @Test
    void aTimeInTheSpringGapCountsFromTheMomentJavaTimeGivesIt() {
        // 02:30 does not exist on 29 March 2026; java.time moves it on by the gap, to 03:30 CEST (01:30Z).
        CaseTask t = task("2026-03-29", LocalTime.of(2, 30));
        assertThat(at("2026-03-29T01:29:00Z", t)).isEqualTo(TaskUrgency.DUE_TODAY);
        assertThat(at("2026-03-29T01:30:00Z", t)).isEqualTo(TaskUrgency.OVERDUE);
    }

    @Test
    void aTimeTheAutumnChangeRepeatsCountsFromItsFirstOccurrence() {
        // 02:30 happens twice on 25 October 2026: first at 00:30Z (CEST), again at 01:30Z (CET).
        CaseTask t = task("2026-10-25", LocalTime.of(2, 30));
        assertThat(at("2026-10-25T00:29:00Z", t)).isEqualTo(TaskUrgency.DUE_TODAY);
        assertThat(at("2026-10-25T00:30:00Z", t)).isEqualTo(TaskUrgency.OVERDUE);
    }

    @Test
    void aDoneTaskIsDoneWhateverTheDay() {
        CaseTask t = task("2026-01-15", null);
        CaseTask done = new CaseTask(t.id(), t.caseId(), t.text(), t.dueDate(), t.dueTime(), true,
                Optional.of(OffsetDateTime.parse("2026-01-16T10:00:00Z")), t.workerId(), t.createdAt(), t.origin(),
                t.sourceIntakeId());
        assertThat(at("2026-02-01T10:00:00Z", done)).isEqualTo(TaskUrgency.DONE);
        assertThat(at("2026-02-01T10:00:00Z", t)).isEqualTo(TaskUrgency.OVERDUE);
    }
}
