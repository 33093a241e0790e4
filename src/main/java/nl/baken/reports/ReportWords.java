package nl.baken.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Question;

/**
 * The words of a report in the worker's language: texts by bundle key, answers, dates and moments. Reports do not
 * read the bundles themselves (their row of ARCHITECTURE.md's table has no i18n); the session gives them these.
 */
public interface ReportWords {

    /** The language the report is written in ("nl" or "en"). */
    String language();

    /** The text of a bundle key with its arguments. */
    String text(String key, Object... args);

    /** The answer in words, as the screen shows it; choice labels and question texts in {@code language}. */
    String answer(Question question, Answer answer, String language);

    /** A day as the worker reads it. */
    String date(LocalDate day);

    /** A moment (day and time) as the worker reads it. */
    String dateTime(OffsetDateTime moment);
}
