package nl.baken.intake;

import nl.baken.questionnaire.Questionnaire;

/** A valid questionnaire together with the exact text it was read from (kept in the vault with every intake). */
public record QuestionnaireSource(Questionnaire questionnaire, String content) {
}
