package nl.baken.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reflection period's dates: three months by the calendar, extensions, and the reminders' days. */
class ReflectionPeriodTest {

    private static ReflectionPeriod period(String start, Period extension, ReflectionStatus status) {
        return new ReflectionPeriod("c1", LocalDate.parse(start), extension, status, Optional.empty(), "w1",
                OffsetDateTime.parse("2026-01-01T10:00:00+01:00"));
    }

    @ParameterizedTest(name = "{0} + 3 months + {1} = {2}")
    @CsvSource({
        // month ends: the end is the last day of a shorter month, never a day into the next one
        "2026-01-31, P0D, 2026-04-30",
        "2026-11-30, P0D, 2027-02-28",
        "2026-12-31, P0D, 2027-03-31",
        "2026-03-31, P0D, 2026-06-30",
        // leap days: 29 February 2028 and the months around it
        "2027-11-29, P0D, 2028-02-29",
        "2027-11-30, P0D, 2028-02-29",
        "2028-02-29, P0D, 2028-05-29",
        "2027-12-29, P0D, 2028-03-29",
        "2028-11-29, P0D, 2029-02-28",
        // extensions are one period with the three months (January 31 + 4 months is May 31, not May 30)
        "2026-01-31, P1M, 2026-05-31",
        "2026-01-31, P14D, 2026-05-14",
        "2026-01-31, P1M14D, 2026-06-14",
        "2028-02-29, P1M, 2028-06-29",
        "2027-11-30, P12M, 2029-02-28",
        "2026-05-10, P0D, 2026-08-10"
    })
    void endsThreeMonthsAfterTheStartPlusTheExtension(String start, String extension, String end) {
        assertThat(period(start, Period.parse(extension), ReflectionStatus.RUNNING).end())
                .isEqualTo(LocalDate.parse(end));
        assertThat(ReflectionPeriod.endOf(LocalDate.parse(start), Period.parse(extension)))
                .isEqualTo(LocalDate.parse(end));
    }

    @Test
    void remindsFromFourWeeksAndFromTwoWeeksBeforeTheEndAndNotADayEarlier() {
        ReflectionPeriod p = period("2026-01-31", Period.ZERO, ReflectionStatus.RUNNING);
        assertThat(p.end()).isEqualTo("2026-04-30");
        assertThat(p.reminderDate(ReflectionReminder.FOUR_WEEKS)).isEqualTo("2026-04-02");
        assertThat(p.reminderDate(ReflectionReminder.TWO_WEEKS)).isEqualTo("2026-04-16");

        assertThat(p.reminderOn(LocalDate.parse("2026-01-31"))).isEmpty();
        assertThat(p.reminderOn(LocalDate.parse("2026-04-01"))).isEmpty();
        assertThat(p.reminderOn(LocalDate.parse("2026-04-02"))).contains(ReflectionReminder.FOUR_WEEKS);
        assertThat(p.reminderOn(LocalDate.parse("2026-04-15"))).contains(ReflectionReminder.FOUR_WEEKS);
        assertThat(p.reminderOn(LocalDate.parse("2026-04-16"))).contains(ReflectionReminder.TWO_WEEKS);
        assertThat(p.reminderOn(LocalDate.parse("2026-04-30"))).contains(ReflectionReminder.TWO_WEEKS);
        assertThat(p.reminderOn(LocalDate.parse("2026-05-01"))).isEmpty();
    }

    @Test
    void anExtensionMovesTheRemindersWithTheEnd() {
        ReflectionPeriod p = period("2028-02-29", Period.ofMonths(1), ReflectionStatus.RUNNING);
        assertThat(p.end()).isEqualTo("2028-06-29");
        assertThat(p.reminderOn(LocalDate.parse("2028-05-31"))).isEmpty();
        assertThat(p.reminderOn(LocalDate.parse("2028-06-01"))).contains(ReflectionReminder.FOUR_WEEKS);
        assertThat(p.reminderOn(LocalDate.parse("2028-06-15"))).contains(ReflectionReminder.TWO_WEEKS);
    }

    @Test
    void onlyARunningPeriodReminds() {
        for (ReflectionStatus s : new ReflectionStatus[] {ReflectionStatus.OFFERED, ReflectionStatus.ENDED,
                ReflectionStatus.PERMIT_APPLIED}) {
            assertThat(period("2026-01-31", Period.ZERO, s).reminderOn(LocalDate.parse("2026-04-20"))).as(s.name())
                    .isEmpty();
        }
    }

    @Test
    void countsTheDaysLeftToTheLastDay() {
        ReflectionPeriod p = period("2026-01-31", Period.ZERO, ReflectionStatus.RUNNING);
        assertThat(p.daysLeft(LocalDate.parse("2026-04-02"))).isEqualTo(28);
        assertThat(p.daysLeft(LocalDate.parse("2026-04-30"))).isZero();
        assertThat(p.daysLeft(LocalDate.parse("2026-05-02"))).isEqualTo(-2);
    }
}
