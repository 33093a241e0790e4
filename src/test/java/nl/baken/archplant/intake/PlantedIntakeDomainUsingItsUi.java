package nl.baken.archplant.intake;

import nl.baken.archplant.intake.ui.PlantedIntakeView;

/** A planted violation: intake's domain code using intake's own views. */
public final class PlantedIntakeDomainUsingItsUi {

    final PlantedIntakeView view = new PlantedIntakeView();
}
