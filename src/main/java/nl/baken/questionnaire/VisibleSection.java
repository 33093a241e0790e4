package nl.baken.questionnaire;

import java.util.List;

/** A section that is shown for the current answers, with its visible questions and notes in file order. */
public record VisibleSection(Section section, List<Question> questions) {

    public VisibleSection {
        questions = List.copyOf(questions);
    }
}
