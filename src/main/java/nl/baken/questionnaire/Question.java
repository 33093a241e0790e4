package nl.baken.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One question (or note) of a section, as written in the questionnaire file. {@code role} ties it to a fact the app
 * itself uses, {@code remember} says whether its answer is a fact of the case or of this meeting, and
 * {@code approximate} lets a date question take a year or a month alone.
 */
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
        Optional<Condition> urgentIf,
        Optional<Role> role,
        Remember remember,
        boolean approximate) {

    public Question {
        choices = List.copyOf(choices);
        share = Set.copyOf(share);
        signals = List.copyOf(signals);
        java.util.Objects.requireNonNull(role, "role");
        java.util.Objects.requireNonNull(remember, "remember");
    }

    /** Whether a later intake of the same case shows this question's answer as known instead of asking it. */
    public boolean rememberedForCase() {
        return remember == Remember.CASE;
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
