package nl.baken.referral;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.baken.cases.CaseFile;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentRecord;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Questionnaire;

/**
 * What a referral is composed from: the case, the intakes to draw answers from (oldest first, each with the
 * questionnaire version it was taken with) and the consent decisions in force.
 */
public record CaseMaterial(CaseFile caseFile, List<IntakeMaterial> intakes, Map<ConsentPurpose, ConsentRecord> consents) {

    public CaseMaterial {
        Objects.requireNonNull(caseFile, "caseFile");
        intakes = List.copyOf(intakes);
        consents = Map.copyOf(consents);
    }

    /** One intake's own answers and the questionnaire version it used. */
    public record IntakeMaterial(String intakeId, Questionnaire questionnaire, Answers answers) {
        public IntakeMaterial {
            Objects.requireNonNull(intakeId, "intakeId");
            Objects.requireNonNull(questionnaire, "questionnaire");
            Objects.requireNonNull(answers, "answers");
        }
    }
}
