package nl.baken.intake;

import nl.baken.questionnaire.LocalizedText;

/** One intake of a case as the case page lists it: the intake and the title of the questionnaire it was taken with. */
public record IntakeSummary(Intake intake, LocalizedText questionnaireTitle) {
}
