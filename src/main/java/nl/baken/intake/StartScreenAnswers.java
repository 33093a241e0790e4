package nl.baken.intake;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.Role;

/**
 * What the start screen already told: the alias, the client's language and the interpreter arrangement, recorded as
 * answers to the questions with those roles, so the wizard does not ask them again (ADR 0006). A single question
 * takes the fact only when one of its choice values names it ({@code pl}; {@code none}, {@code in_person},
 * {@code phone}); otherwise the question is asked as usual.
 */
public final class StartScreenAnswers {

    private StartScreenAnswers() {
    }

    /** The answers the start screen gives for this questionnaire (none for a role it does not have). */
    public static Answers of(Questionnaire questionnaire, Optional<String> alias, IntakeSettings settings) {
        Map<String, Answer> answers = new HashMap<>();
        alias.map(String::strip).filter(a -> !a.isEmpty()).ifPresent(a -> put(answers, questionnaire, Role.ALIAS, a));
        Optional.ofNullable(settings.clientLanguage())
                .ifPresent(l -> put(answers, questionnaire, Role.CLIENT_LANGUAGE, l));
        Optional.ofNullable(settings.interpreter())
                .ifPresent(i -> put(answers, questionnaire, Role.INTERPRETER, i.name().toLowerCase(Locale.ROOT)));
        return Answers.of(answers);
    }

    /** Whether the start screen fills this question (the wizard then leaves it out once it has an answer). */
    public static boolean fills(Question question) {
        return question.role().filter(r -> r == Role.ALIAS || r == Role.CLIENT_LANGUAGE || r == Role.INTERPRETER)
                .isPresent();
    }

    private static void put(Map<String, Answer> answers, Questionnaire questionnaire, Role role, String value) {
        questionnaire.questionFor(role).ifPresent(q -> {
            if (q.type() == QuestionType.TEXT) {
                answers.put(q.id(), Answer.of(value));
            } else if (q.type() == QuestionType.SINGLE && q.choiceIndex(value) >= 0) {
                answers.put(q.id(), Answer.of(value));
            }
        });
    }
}
