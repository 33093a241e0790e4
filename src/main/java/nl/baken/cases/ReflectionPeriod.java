package nl.baken.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The reflection period (bedenktijd) of a case: it starts on {@code start} and lasts three months plus
 * {@code extension}, computed with {@code java.time} (31 January + 3 months is 30 April, the month's last day).
 *
 * @param sourceIntakeId the intake whose {@code role: reflection_start} answer set it, if one did
 */
public record ReflectionPeriod(String caseId, LocalDate start, Period extension, ReflectionStatus status,
                               Optional<String> sourceIntakeId, String recordedBy, OffsetDateTime recordedAt) {

    /** The length of a reflection period in the Netherlands before any extension. */
    public static final Period LENGTH = Period.ofMonths(3);

    /** The last day: start plus three months plus the extension, added as one period (months first, then days). */
    public LocalDate end() {
        return endOf(start, extension);
    }

    /** The end date of a period starting on {@code start} with {@code extension}. */
    public static LocalDate endOf(LocalDate start, Period extension) {
        return start.plus(LENGTH.plus(extension).normalized());
    }

    /** The day {@code reminder} becomes due: four or two weeks before the end. */
    public LocalDate reminderDate(ReflectionReminder reminder) {
        return end().minusWeeks(reminder.weeksBefore());
    }

    /**
     * The reminder that is due on {@code day}: four weeks from its day until the two-week reminder's day, two weeks
     * from its day up to and including the end; none before the first or after the end, or when not running.
     */
    public Optional<ReflectionReminder> reminderOn(LocalDate day) {
        if (status != ReflectionStatus.RUNNING || day.isAfter(end())) {
            return Optional.empty();
        }
        if (!day.isBefore(reminderDate(ReflectionReminder.TWO_WEEKS))) {
            return Optional.of(ReflectionReminder.TWO_WEEKS);
        }
        if (!day.isBefore(reminderDate(ReflectionReminder.FOUR_WEEKS))) {
            return Optional.of(ReflectionReminder.FOUR_WEEKS);
        }
        return Optional.empty();
    }

    /** Days from {@code day} to the end date: 0 on the last day, negative after it. */
    public long daysLeft(LocalDate day) {
        return ChronoUnit.DAYS.between(day, end());
    }
}
