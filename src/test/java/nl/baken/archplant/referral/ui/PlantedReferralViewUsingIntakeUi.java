package nl.baken.archplant.referral.ui;

import nl.baken.archplant.intake.ui.PlantedIntakeView;

/** A planted violation: referral's views using intake's views instead of navigating through app. */
public final class PlantedReferralViewUsingIntakeUi {

    final PlantedIntakeView view = new PlantedIntakeView();
}
