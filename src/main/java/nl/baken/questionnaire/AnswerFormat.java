package nl.baken.questionnaire;

import java.util.stream.Collectors;
import nl.baken.i18n.Messages;

/** Puts an answer into words for the screen: choice labels, Dutch dates, and the three states in plain words. */
public final class AnswerFormat {

    private final Messages messages;
    private final String language;

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
        if (q.type() == QuestionType.YES_NO) {
            return "yes".equals(answer.value()) ? messages.text("intake.answer.yes") : messages.text("intake.answer.no");
        }
        if (q.type().hasChoices()) {
            return answer.values().stream().map(v -> label(q, v)).collect(Collectors.joining(", "));
        }
        if (q.type() == QuestionType.DATE) {
            return DateText.show(answer.value(), language);
        }
        if (q.type() == QuestionType.NUMBER && "nl".equals(language)) {
            return answer.value().replace('.', ',');
        }
        return String.join(", ", answer.values());
    }

    /** The label of a choice in this language. */
    public String label(Question q, String value) {
        return q.choices().stream().filter(c -> c.value().equals(value)).findFirst()
                .map(Choice::label).map(l -> l.get(language, "nl")).orElse(value);
    }
}
