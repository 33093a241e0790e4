package nl.baken.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No failure is swallowed: the source has no empty one-parameter lambda (a failure callback that does nothing) and
 * no empty catch block. A catch that really has nothing to do says why in a comment inside it.
 */
class NoSwallowedFailureTest {

    /** {@code f -> { }} or {@code (f) -> {}}: a consumer that does nothing, as a failure callback would be. */
    private static final Pattern EMPTY_CONSUMER = Pattern.compile(
            "(?<![\\w.])(?<!case )(?<!default )\\(?\\s*(?!default\\b)[a-z]\\w*\\s*\\)?\\s*->\\s*\\{\\s*\\}");
    /** A catch block holding nothing at all, not even a comment that says why. */
    private static final Pattern EMPTY_CATCH = Pattern.compile("catch\\s*\\([^)]*\\)\\s*\\{\\s*\\}");

    @Test
    void noSourceFileSwallowsAFailure() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = Path.of(System.getProperty("baken.projectDir", "."), "src", "main", "java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                for (int line : swallowing(source)) {
                    found.add(root.relativize(file) + ":" + line);
                }
            }
        }
        assertThat(found).as("failures swallowed (handle them, or say in a comment why nothing is to be done)")
                .isEmpty();
    }

    @Test
    void theScanFindsEachSwallowingShapeAndNothingElse() {
        String planted = String.join("\n",
                "class X {",
                "    void a() { tasks.run(w, () -> { }, f -> { }); }",
                "    void b() { tasks.run(w, r -> show(r), (failure) -> {});",
                "        try { x(); } catch (IOException e) {",
                "        }",
                "        try { x(); } catch (IOException e) { /* the file may be gone already */ }",
                "        switch (k) { case A -> go(); default -> { } }",
                "        tasks.run(w, () -> { }, f -> LOG.warn(\"x\"));",
                "    }",
                "}");
        assertThat(swallowing(planted)).containsExactly(2, 3, 4);
    }

    /** The line numbers (from 1) where {@code source} swallows a failure. */
    static List<Integer> swallowing(String source) {
        List<Integer> lines = new ArrayList<>();
        for (Pattern p : List.of(EMPTY_CONSUMER, EMPTY_CATCH)) {
            Matcher m = p.matcher(source);
            while (m.find()) {
                lines.add(lineOf(source, m.start()));
            }
        }
        return lines.stream().sorted().toList();
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
