package nl.baken.i18n;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2ALIkonHandler;
import org.kordamp.ikonli.material2.Material2MZIkonHandler;

/** Every icon named in the code exists in the Material 2 pack (a wrong name fails only when a screen opens). */
class IconLiteralsTest {

    private static final Pattern ICON = Pattern.compile("\"(md(al|mz)-[a-z0-9_]+)\"");

    @Test
    void everyIconLiteralResolves() throws Exception {
        var al = new Material2ALIkonHandler();
        var mz = new Material2MZIkonHandler();
        try (Stream<Path> files = Files.walk(BundleKeysTest.projectDir().resolve("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ICON.matcher(Files.readString(f));
                while (m.find()) {
                    String literal = m.group(1);
                    var handler = literal.startsWith("mdal") ? al : mz;
                    assertThatCode(() -> {
                        if (handler.resolve(literal) == null) {
                            throw new IllegalArgumentException(literal + " in " + f.getFileName());
                        }
                    }).as(literal).doesNotThrowAnyException();
                }
            }
        }
    }
}
