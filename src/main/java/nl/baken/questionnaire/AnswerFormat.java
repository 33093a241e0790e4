package nl.baken.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;

/**
 * Puts an answer into words, the same on the screen and in a referral PDF: the four states in plain words, Ja/Nee,
 * choice labels in the question's order (one a line), dates to the precision known (31-12-2024, "maart 2024",
 * 2024) and numbers with the language's decimal mark.
 */
public final class AnswerFormat {

    private final Messages messages;
    private final String language;

    /** Words from {@code messages}; question texts, choice labels and month names in {@code language}. */
    public AnswerFormat(Messages messages, String language) {
        this.messages = messages;
        this.language = language;
    }

    /** The answer in words; "not answered yet" for none. */
    public String text(Question q, Answer answer) {
        if (answer == null) {
            return messages.text("intake.state.none");
        }
        return switch (answer.state()) {
            case DONT_KNOW -> messages.text("intake.state.dont_know");
            case DECLINED -> messages.text("intake.state.declined");
            case SKIPPED -> messages.text("intake.state.skipped");
            case VALUE -> value(q, answer);
        };
    }

    private String value(Question q, Answer answer) {
        List<String> values = answer.values();
        return switch (q.type()) {
            case YES_NO -> "yes".equals(answer.value()) ? messages.text("intake.answer.yes")
                    : messages.text("intake.answer.no");
            case SINGLE, MULTI -> {
                List<String> labels = new ArrayList<>();
                for (Choice c : q.choices()) {
                    if (values.contains(c.value())) {
                        labels.add(c.label().get(language, "nl"));
                    }
                }
                // A value no longer among the choices is still shown, as stored, rather than lost.
                values.stream().filter(v -> q.choices().stream().noneMatch(c -> c.value().equals(v)))
                        .forEach(labels::add);
                // One chosen value a line: labels start with a capital and read badly joined by commas.
                yield String.join("\n", labels);
            }
            case DATE -> date(answer.value(), language);
            case NUMBER -> number(answer.value(), language);
            default -> String.join(", ", values);
        };
    }

    /** The label of a choice in this language; the value itself when the question has no such choice. */
    public String label(Question q, String value) {
        return q.choices().stream().filter(c -> c.value().equals(value)).findFirst()
                .map(Choice::label).map(l -> l.get(language, "nl")).orElse(value);
    }

    /**
     * A stored date ({@code 2024}, {@code 2024-03}, {@code 2024-03-15}) as far as it is known: a full date as
     * 15-03-2024 in Dutch and 15 March 2024 in English, a month as "maart 2024", a year as 2024; anything else as
     * stored. {@link ApproximateDate#read} reads each of these back.
     */
    public static String date(String stored, String language) {
        return ApproximateDate.parse(stored).map(d -> switch (d.precision()) {
            case DAY -> DateTimes.date(d.firstDay(), language);
            case MONTH -> DateTimes.month(d.firstDay(), language);
            case YEAR -> Integer.toString(d.year());
        }).orElse(stored);
    }

    private static String number(String value, String language) {
        try {
            String plain = new BigDecimal(value).toPlainString();
            return "nl".equals(language) ? plain.replace('.', ',') : plain;
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
