package nl.baken.reports;

import java.util.Objects;
import nl.baken.intake.Intake;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Questionnaire;

/** One intake of a case as kept: the record, the questionnaire version it was taken with, and its own answers. */
public record IntakeRecord(Intake intake, Questionnaire questionnaire, Answers answers) {

    public IntakeRecord {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(answers, "answers");
    }
}
