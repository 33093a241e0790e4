package nl.baken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds the question that holds the person's alias: the one marked {@code role: alias} in the questionnaire text
 * (contract version 2). Read from the text, so it does not depend on how the model exposes roles.
 */
final class AliasQuestion {

    private static final YAMLMapper YAML = new YAMLMapper();

    private AliasQuestion() {
    }

    /** The id of the {@code role: alias} question of an already validated questionnaire, if it has one. */
    static Optional<String> idIn(String questionnaireText) {
        JsonNode root;
        try {
            root = YAML.readTree(questionnaireText);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        for (JsonNode section : root.path("sections")) {
            for (JsonNode question : section.path("questions")) {
                if ("alias".equals(question.path("role").asText(null)) && question.path("id").isTextual()) {
                    return Optional.of(question.path("id").asText());
                }
            }
        }
        return Optional.empty();
    }
}
