package nl.baken.questionnaire;

import java.util.List;

/** What reading an answers file gave: the answers that were right, and every problem found. */
public record AnswersResult(Answers answers, List<Problem> problems) {

    public AnswersResult {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
