package nl.baken.questionnaire;

import java.util.Optional;

/** Whether an answer is a fact of the case, shown as known in a later intake, or about this meeting alone. */
public enum Remember {
    /** The default: a later intake of the same case shows the answer as known instead of asking again. */
    CASE,
    /** The fact is about this meeting ("today", "now"): every intake asks it again. */
    INTAKE;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Remember> fromYaml(String name) {
        return switch (name) {
            case "case" -> Optional.of(CASE);
            case "intake" -> Optional.of(INTAKE);
            default -> Optional.empty();
        };
    }
}
