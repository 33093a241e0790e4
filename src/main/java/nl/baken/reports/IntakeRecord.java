package nl.baken.reports;

import java.util.Objects;
import java.util.Optional;
import nl.baken.intake.Intake;
import nl.baken.intake.IntakeDraft;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Questionnaire;

/**
 * One intake of a case as kept: the record, the questionnaire version it was taken with, its own answers, and the
 * text typed but not saved as an answer when the app locked (a draft, ADR 0007), if any.
 */
public record IntakeRecord(Intake intake, Questionnaire questionnaire, Answers answers, Optional<IntakeDraft> draft) {

    public IntakeRecord {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(draft, "draft");
    }
}
