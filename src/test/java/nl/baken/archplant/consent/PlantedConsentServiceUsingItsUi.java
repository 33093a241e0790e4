package nl.baken.archplant.consent;

import nl.baken.archplant.consent.ui.PlantedConsentView;

/** A planted violation: consent's service code using consent's views. */
public final class PlantedConsentServiceUsingItsUi {

    final PlantedConsentView view = new PlantedConsentView();
}
