package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Walks the seed questionnaires with answers written as in a {@code walk} answers file, for the seed tests. */
final class SeedWalks {

    private SeedWalks() {
    }

    /** A seed questionnaire, which must load without a problem (no warning either). */
    static Questionnaire seed(String file) {
        LoadResult loaded = new QuestionnaireLoader().load(QuestionnaireFiles.projectDir()
                .resolve("seeds/questionnaires").resolve(file));
        assertThat(loaded.problems()).as(file).isEmpty();
        return loaded.questionnaire().orElseThrow();
    }

    /** An answers file from src/test/resources/walks, as text. */
    static String resource(String name) {
        try {
            return Files.readString(QuestionnaireFiles.projectDir().resolve("src/test/resources/walks").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks with the answers of these parts, one {@code id: value} a line; a later part overrides an earlier one. */
    static FlowResult walk(Questionnaire q, String... parts) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String part : parts) {
            for (String line : part.split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith(" ")) {
                    lines.put(line.substring(0, line.indexOf(':')).strip(), line);
                }
            }
        }
        AnswersResult answers = new AnswersLoader().load("walk.yaml", String.join("\n", lines.values()) + "\n", q);
        assertThat(answers.problems()).as("answers").isEmpty();
        return Flow.of(q).evaluate(answers.answers());
    }

    /** The visible questions put to the person (not notes, not worker items), in order. */
    static List<String> clientQuestions(FlowResult flow) {
        return flow.visibleQuestions().stream()
                .filter(x -> x.type().hasAnswer() && x.askedTo() == AskedTo.CLIENT)
                .map(Question::id).toList();
    }

    /** The signal lines as {@code walk} prints them: indicator to forms joined by ',' or {@code unknown}. */
    static Map<String, String> signalLines(FlowResult flow) {
        Map<String, String> lines = new LinkedHashMap<>();
        flow.signals().forEach((name, raised) -> lines.put(name, raised.formUnknown() ? "unknown"
                : raised.exploitation().stream().map(Exploitation::yamlName).collect(Collectors.joining(","))));
        return lines;
    }

    /** True when the section has at least one visible question or note. */
    static boolean sectionShown(FlowResult flow, String sectionId) {
        return flow.sections().stream().anyMatch(s -> s.section().id().equals(sectionId));
    }

    static Path projectFile(String relative) {
        return QuestionnaireFiles.projectDir().resolve(relative);
    }
}
