package nl.baken.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the seed questionnaires and the test fixtures, for tests and benchmarks. */
final class QuestionnaireFiles {

    private QuestionnaireFiles() {
    }

    /** The project directory: surefire's {@code baken.projectDir}, else the working directory. */
    static Path projectDir() {
        return Path.of(System.getProperty("baken.projectDir", System.getProperty("user.dir")));
    }

    /** Every {@code seeds/questionnaires/*.yaml}, sorted by name (none when the folder is missing). */
    static List<Path> seeds() {
        return yamlFiles(projectDir().resolve("seeds/questionnaires"));
    }

    /** The fixtures under {@code src/test/resources/questionnaires}. */
    static List<Path> fixtures() {
        return yamlFiles(projectDir().resolve("src/test/resources/questionnaires"));
    }

    /** Seeds and fixtures together. */
    static List<Path> all() {
        List<Path> all = new ArrayList<>(seeds());
        all.addAll(fixtures());
        return all;
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
