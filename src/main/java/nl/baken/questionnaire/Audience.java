package nl.baken.questionnaire;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of care partner an answer may be shared with, in the questionnaire contract's order and with their ids
 * in YAML: the one list that the questionnaire's {@code share}, consent per audience and the referral's partners
 * all use. Bundle keys follow from the id ({@code audience.<id>.label}), so no audience can fall through to
 * another's text.
 */
public enum Audience {
    COORDINATOR("coordinator"),
    SHELTER("shelter"),
    POLICE("police"),
    HEALTH("health"),
    LEGAL("legal"),
    VICTIM_SUPPORT("victim_support"),
    LABOUR_INSPECTION("labour_inspection"),
    GUARDIAN("guardian");

    private static final List<String> IDS = Arrays.stream(values()).map(Audience::yamlName).toList();

    private final String yamlName;

    Audience(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The id, as written in YAML, stored with a partner and in a consent purpose. */
    public String yamlName() {
        return yamlName;
    }

    /** The bundle key of this audience's label in plain words ("shelter"). */
    public String labelKey() {
        return "audience." + yamlName + ".label";
    }

    public static Optional<Audience> fromYaml(String name) {
        return Arrays.stream(values()).filter(a -> a.yamlName.equals(name)).findFirst();
    }

    /** The audience of a known id; an unknown id is a programming error (ids are checked where they are read). */
    public static Audience of(String id) {
        return fromYaml(id).orElseThrow(() -> new IllegalArgumentException("unknown audience"));
    }

    /** Whether the id is one of the audiences. */
    public static boolean isKnown(String id) {
        return id != null && IDS.contains(id);
    }

    /** Every id, in the contract's order. */
    public static List<String> ids() {
        return IDS;
    }

    /** The ids for messages: {@code coordinator, shelter, ...}. */
    public static String yamlNames() {
        return String.join(", ", IDS);
    }
}
