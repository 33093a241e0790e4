package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The loader never throws: damaged files give problems with a position inside the file. */
class LoaderRobustnessTest {

    private static final String FIXTURE = read();
    private static final String NASTY = ":{}[]-'\"\n #&*!|>?,\t%@`";

    private static String read() {
        try {
            return Files.readString(QuestionnaireFiles.projectDir()
                    .resolve("src/test/resources/questionnaires/fixture-intake.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void oddButValidYamlGivesProblemsNotExceptions() {
        for (String yaml : List.of("~", "[]", "'just text'", "a: &x 1\nb: *x\n", "--- \nid: a\n---\nid: b\n",
                "? [a, b]\n: c\n", "id: !!str 3\n", "\uFEFFid: x\n", "{", "sections: [[[[[[[[[[]]]]]]]]]]\n",
                "id: x\nsections:\n  - questions:\n      - {id: q, type: note, text: {}, show_if: {not: {not: {}}}}\n")) {
            LoadResult result = new QuestionnaireLoader().load("odd.yaml", yaml);
            assertThat(result.isValid()).as(yaml).isFalse();
            assertThat(result.problems()).as(yaml).isNotEmpty().allMatch(p -> p.line() >= 1 && p.column() >= 1);
        }
    }

    @Property(tries = 300)
    void damagedFilesNeverThrow(@ForAll @IntRange(min = 1, max = 8) int damages, @ForAll long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(FIXTURE);
        for (int i = 0; i < damages; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
                default -> text.replace(at, Math.min(text.length(), at + random.nextInt(40)), "");
            }
        }
        String yaml = text.toString();
        LoadResult result = new QuestionnaireLoader().load("damaged.yaml", yaml);
        long lines = yaml.lines().count() + 1;
        assertThat(result.problems()).allMatch(p -> p.line() >= 1 && p.line() <= lines && p.column() >= 1);
        assertThat(result.isValid()).isEqualTo(result.errors().isEmpty());
        result.questionnaire().ifPresent(q -> Flow.of(q).evaluate(Answers.empty()));
    }

    @Test
    void aFileThatIsNotUtf8IsReported(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'i', 'd', ':', ' ', (byte) 0xE9, '\n'});
        assertThat(new QuestionnaireLoader().load(file, "latin1.yaml").problems())
                .extracting(Problem::messageKey).containsExactly("questionnaire.file.not_utf8");
    }
}
