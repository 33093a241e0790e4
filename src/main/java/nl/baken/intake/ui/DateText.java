package nl.baken.intake.ui;

import java.util.Optional;
import nl.baken.questionnaire.AnswerFormat;
import nl.baken.questionnaire.ApproximateDate;

/**
 * A date answer as the worker sees and types it: shown as {@link AnswerFormat#date} shows every date answer, read
 * as {@link ApproximateDate#read} reads it, so what is shown can be typed back.
 */
final class DateText {

    private DateText() {
    }

    /** The stored answer ({@code 2024}, {@code 2024-03}, {@code 2024-03-15}) in words, as every answer shows it. */
    static String show(String stored, String language) {
        return AnswerFormat.date(stored, language);
    }

    /**
     * The stored form of what was typed, when it is a date this question takes: for an approximate question a
     * year, a month and year or a full date; otherwise a full date only.
     */
    static Optional<String> read(String typed, boolean approximate) {
        return ApproximateDate.read(typed).filter(d -> approximate || d.isFullDate()).map(ApproximateDate::canonical);
    }
}
