package nl.baken.questionnaire;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A fact the app itself fills, reads or asks once, tied to at most one question per file by {@code role}; the app
 * finds such content by its role, never by a question id.
 */
public enum Role {
    ALIAS("alias", EnumSet.of(QuestionType.TEXT)),
    AGE("age", EnumSet.of(QuestionType.NUMBER)),
    NATIONALITY("nationality", EnumSet.of(QuestionType.SINGLE, QuestionType.TEXT)),
    GENDER("gender", EnumSet.of(QuestionType.SINGLE, QuestionType.TEXT)),
    CLIENT_LANGUAGE("client_language", EnumSet.of(QuestionType.SINGLE, QuestionType.TEXT)),
    INTERPRETER("interpreter", EnumSet.of(QuestionType.SINGLE, QuestionType.TEXT)),
    WISHES("wishes", EnumSet.of(QuestionType.TEXT, QuestionType.LONG_TEXT)),
    REFLECTION_START("reflection_start", EnumSet.of(QuestionType.DATE)),
    FOLLOWUP_DATE("followup_date", EnumSet.of(QuestionType.DATE)),
    ASSESSMENT("assessment", EnumSet.of(QuestionType.SINGLE));

    private final String yamlName;
    private final Set<QuestionType> types;

    Role(String yamlName, Set<QuestionType> types) {
        this.yamlName = yamlName;
        this.types = types;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Whether a question of this type can hold the fact. */
    public boolean fits(QuestionType type) {
        return types.contains(type);
    }

    /** The fitting types' YAML names, for messages: {@code single, text}. */
    public String typeNames() {
        return String.join(", ", types.stream().map(QuestionType::yamlName).toList());
    }

    public static Optional<Role> fromYaml(String name) {
        return Arrays.stream(values()).filter(r -> r.yamlName.equals(name)).findFirst();
    }

    /** The YAML names, for messages. */
    public static String yamlNames() {
        return String.join(", ", Arrays.stream(values()).map(Role::yamlName).toList());
    }
}
