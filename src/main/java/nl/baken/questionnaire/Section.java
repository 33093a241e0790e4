package nl.baken.questionnaire;

import java.util.List;
import java.util.Optional;

/** A section of a questionnaire: a titled group of questions, shown when its condition holds. */
public record Section(String id, LocalizedText title, Optional<LocalizedText> intro, Optional<Condition> showIf,
        List<Question> questions) {

    public Section {
        questions = List.copyOf(questions);
    }
}
