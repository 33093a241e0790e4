package nl.baken.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** The partners that may receive an answer in a referral, with their names in YAML. */
public enum Audience {
    COORDINATOR("coordinator"),
    SHELTER("shelter"),
    POLICE("police"),
    HEALTH("health"),
    LEGAL("legal"),
    VICTIM_SUPPORT("victim_support"),
    LABOUR_INSPECTION("labour_inspection"),
    GUARDIAN("guardian");

    private final String yamlName;

    Audience(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<Audience> fromYaml(String name) {
        return Arrays.stream(values()).filter(a -> a.yamlName.equals(name)).findFirst();
    }

    public static String yamlNames() {
        return String.join(", ", Arrays.stream(values()).map(Audience::yamlName).toList());
    }
}
