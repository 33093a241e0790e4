package nl.baken.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question, with their names in YAML. */
public enum QuestionType {
    YES_NO("yes_no"),
    SINGLE("single"),
    MULTI("multi"),
    TEXT("text"),
    LONG_TEXT("long_text"),
    DATE("date"),
    NUMBER("number"),
    /** Information for the worker to read or say; it has no answer. */
    NOTE("note");

    private final String yamlName;

    QuestionType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Single and multi questions have choices; no other type may. */
    public boolean hasChoices() {
        return this == SINGLE || this == MULTI;
    }

    /** Every type but note can be answered. */
    public boolean hasAnswer() {
        return this != NOTE;
    }

    public static Optional<QuestionType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    /** The YAML names, for messages: {@code yes_no, single, ...}. */
    public static String yamlNames() {
        return String.join(", ", Arrays.stream(values()).map(QuestionType::yamlName).toList());
    }
}
