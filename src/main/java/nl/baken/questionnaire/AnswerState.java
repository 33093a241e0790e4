package nl.baken.questionnaire;

/** The four states of an answer: a value, "I don't know", "I'd rather not say" and "later". */
public enum AnswerState {
    VALUE("value"),
    DONT_KNOW("dont_know"),
    DECLINED("declined"),
    SKIPPED("skipped");

    private final String yamlName;

    AnswerState(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name in answers files and in {@code walk} output. */
    public String yamlName() {
        return yamlName;
    }
}
