package nl.baken.archplant.questionnaire;

import nl.baken.archplant.ui.PlantedSharedControl;

/** A planted violation: the questionnaire using the shared ui. */
public final class PlantedQuestionnaireUsingUi {

    final PlantedSharedControl control = new PlantedSharedControl();
}
