package nl.baken.referral;

import java.util.List;

/** The eight audiences of the questionnaire contract that a referral may be addressed to. */
public final class Audiences {

    /** Every audience id, in the order of the questionnaire contract. */
    public static final List<String> ALL = List.of("coordinator", "shelter", "police", "health", "legal",
            "victim_support", "labour_inspection", "guardian");

    private Audiences() {
    }

    /** Whether the id is one of the eight audiences. */
    public static boolean isKnown(String id) {
        return id != null && ALL.contains(id);
    }

    /** The bundle key of the audience's label; keys are literal so the bundle test can find them. */
    public static String labelKey(String id) {
        switch (id) {
            case "coordinator":
                return "referral.audience.coordinator";
            case "shelter":
                return "referral.audience.shelter";
            case "police":
                return "referral.audience.police";
            case "health":
                return "referral.audience.health";
            case "legal":
                return "referral.audience.legal";
            case "victim_support":
                return "referral.audience.victim_support";
            case "labour_inspection":
                return "referral.audience.labour_inspection";
            case "guardian":
                return "referral.audience.guardian";
            default:
                throw new IllegalArgumentException("unknown audience");
        }
    }
}
