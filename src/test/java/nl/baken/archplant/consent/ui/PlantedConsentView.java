package nl.baken.archplant.consent.ui;

/** Stands in for a view of consent, for ArchitecturePlantTest only. */
public final class PlantedConsentView {
}
