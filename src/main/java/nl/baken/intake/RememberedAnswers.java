package nl.baken.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.Questionnaire;

/**
 * Which answers of earlier intakes a new intake may show as known: only facts of the case ({@code remember: case}).
 * A fact about one meeting ({@code remember: intake}: "are you in danger today?") is asked again in every intake,
 * whichever of the two questionnaires (the earlier one or this one) says so.
 */
public final class RememberedAnswers {

    private RememberedAnswers() {
    }

    /** Whether an answer given to this question in an earlier intake still stands (true for an unknown question). */
    public static boolean isCaseFact(Optional<Question> question) {
        return question.map(Question::rememberedForCase).orElse(true);
    }

    /** The known answers without those the questionnaire of this intake asks again in every intake. */
    public static Answers forIntake(Answers known, Questionnaire questionnaire) {
        Map<String, nl.baken.questionnaire.Answer> kept = new LinkedHashMap<>();
        known.asMap().forEach((id, answer) -> {
            if (isCaseFact(questionnaire.question(id))) {
                kept.put(id, answer);
            }
        });
        return kept.size() == known.size() ? known : Answers.of(kept);
    }
}
