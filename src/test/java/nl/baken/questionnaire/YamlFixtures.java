package nl.baken.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small questionnaire texts for tests, and a helper that finds where a token stands in them. */
final class YamlFixtures {

    /** A valid file up to the first section's question list; questions follow at six spaces. */
    static final String HEADER = """
            id: test-form
            version: 1
            title: {nl: "Test", en: "Test"}
            languages: [nl, en]
            indicators:
              docs: {nl: "Papieren afgenomen", en: "Documents withheld"}
              pay: {nl: "Loon ingehouden", en: "Wages withheld"}
            sections:
              - id: first
                title: {nl: "Eerste", en: "First"}
                questions:
            """;

    /** One valid yes_no question with id {@code a}, at six spaces. */
    static final String QUESTION_A = """
                  - id: a
                    type: yes_no
                    text: {nl: "Vraag A?", en: "Question A?"}
                    why: {nl: "Omdat.", en: "Because."}
            """;

    private YamlFixtures() {
    }

    /**
     * "LINE:COLUMN" of {@code token} in the first line of {@code yaml} that contains {@code lineFragment}
     * (searched from the start of that fragment), 1-based.
     */
    static String at(String yaml, String lineFragment, String token) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int f = lines.get(i).indexOf(lineFragment);
            if (f >= 0) {
                int c = lines.get(i).indexOf(token, f);
                if (c < 0) {
                    throw new IllegalArgumentException("token not in line: " + token);
                }
                return (i + 1) + ":" + (c + 1);
            }
        }
        throw new IllegalArgumentException("no line with: " + lineFragment);
    }

    /** Problems as "LINE:COLUMN key" (warnings as "LINE:COLUMN warning key"). */
    static List<String> problems(LoadResult result) {
        return result.problems().stream()
                .map(p -> p.line() + ":" + p.column() + (p.isError() ? " " : " warning ") + p.messageKey())
                .toList();
    }

    /** Writes the YAML to {@code dir/test.yaml} and loads it from there, naming it "test.yaml". */
    static LoadResult load(Path dir, String yaml) {
        try {
            Path file = dir.resolve("test.yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return new QuestionnaireLoader().load(file, "test.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
