package nl.baken.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One question (or note) of a section, as written in the questionnaire file. */
public record Question(
        String id,
        QuestionType type,
        AskedTo askedTo,
        LocalizedText text,
        Optional<LocalizedText> why,
        List<Choice> choices,
        Optional<Condition> showIf,
        Set<Audience> share,
        List<Signal> signals,
        Optional<Condition> urgentIf) {

    public Question {
        choices = List.copyOf(choices);
        share = Set.copyOf(share);
        signals = List.copyOf(signals);
    }

    /** The position of a choice value in the question's choices, or -1. */
    public int choiceIndex(String value) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).value().equals(value)) {
                return i;
            }
        }
        return -1;
    }
}
