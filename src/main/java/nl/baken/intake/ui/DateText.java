package nl.baken.intake.ui;

import java.util.Optional;
import nl.baken.i18n.DateTimes;
import nl.baken.questionnaire.ApproximateDate;

/**
 * A date answer as the worker sees and types it: a full date as 31-12-2024, a month as "maart 2024" (in the
 * worker's language), a year as 2024. Reading is {@link ApproximateDate#read}'s, so what is shown can be typed back.
 */
final class DateText {

    private DateText() {
    }

    /** The stored answer ({@code 2024}, {@code 2024-03}, {@code 2024-03-15}) in words; the text itself otherwise. */
    static String show(String stored, String language) {
        return ApproximateDate.parse(stored).map(d -> switch (d.precision()) {
            case DAY -> DateTimes.typed(d.firstDay());
            case MONTH -> DateTimes.month(d.firstDay(), language);
            case YEAR -> Integer.toString(d.year());
        }).orElse(stored);
    }

    /**
     * The stored form of what was typed, when it is a date this question takes: for an approximate question a
     * year, a month and year or a full date; otherwise a full date only.
     */
    static Optional<String> read(String typed, boolean approximate) {
        return ApproximateDate.read(typed).filter(d -> approximate || d.isFullDate()).map(ApproximateDate::canonical);
    }
}
