package nl.baken.archplant.ui;

/** Stands in for a shared control of {@code nl.baken.ui}, for ArchitecturePlantTest only. */
public final class PlantedSharedControl {
}
