package nl.baken.archplant.intake.ui;

import nl.baken.archplant.ui.PlantedSharedControl;

/** Stands in for a view of intake: using the shared ui is allowed, which ArchitecturePlantTest checks too. */
public final class PlantedIntakeView {

    final PlantedSharedControl control = new PlantedSharedControl();
}
