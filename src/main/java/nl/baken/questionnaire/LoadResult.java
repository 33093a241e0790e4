package nl.baken.questionnaire;

import java.util.List;
import java.util.Optional;

/** What loading a questionnaire gave: the questionnaire when it has no errors, and every problem found. */
public record LoadResult(Optional<Questionnaire> questionnaire, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** True when there is no error (warnings are allowed). */
    public boolean isValid() {
        return questionnaire.isPresent();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
