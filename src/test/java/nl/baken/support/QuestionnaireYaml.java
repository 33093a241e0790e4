package nl.baken.support;

/** Small questionnaire files for tests: the lines every one-section fixture starts with, written once. */
public final class QuestionnaireYaml {

    private QuestionnaireYaml() {
    }

    /**
     * A version-1 questionnaire {@code id} in Dutch and English with one section {@code s} that holds
     * {@code questions}, a YAML list written at six spaces. The header is eight lines, so line numbers in the
     * questions are theirs plus eight.
     */
    public static String oneSection(String id, String questions) {
        return """
                id: %s
                version: 1
                title: {nl: "T", en: "T"}
                languages: [nl, en]
                sections:
                  - id: s
                    title: {nl: "S", en: "S"}
                    questions:
                """.formatted(id) + questions;
    }
}
