package nl.baken.session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerFormat;
import nl.baken.questionnaire.Question;
import nl.baken.reports.ReportWords;

/** A report's words from the bundles of one language, answers through the one {@link AnswerFormat}. */
public final class BundleReportWords implements ReportWords {

    private final Messages messages;

    public BundleReportWords(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String language() {
        return messages.language();
    }

    @Override
    public String text(String key, Object... args) {
        return messages.text(key, args);
    }

    @Override
    public String answer(Question question, Answer answer, String language) {
        return new AnswerFormat(messages, language).text(question, answer);
    }

    @Override
    public String date(LocalDate day) {
        return DateTimes.date(day, messages.language());
    }

    @Override
    public String dateTime(OffsetDateTime moment) {
        // Stored moments may carry UTC (the audit log): read in the local time of this computer.
        return DateTimes.dateTime(moment.atZoneSameInstant(ZoneId.systemDefault()), messages.language());
    }
}
