package nl.baken.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** Whom a question is for: read out to the client, or an observation for the worker alone. */
public enum AskedTo {
    CLIENT("client"),
    WORKER("worker");

    private final String yamlName;

    AskedTo(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<AskedTo> fromYaml(String name) {
        return Arrays.stream(values()).filter(a -> a.yamlName.equals(name)).findFirst();
    }
}
