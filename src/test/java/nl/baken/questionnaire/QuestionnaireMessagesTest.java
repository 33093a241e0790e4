package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code questionnaire.} key used in the sources is in both bundles, and every such bundle key is used. */
class QuestionnaireMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(questionnaire\\.[a-z0-9_.]+)\"");

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Path main = QuestionnaireFiles.projectDir().resolve("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> bundleKeys(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = QuestionnaireMessagesTest.class.getResourceAsStream("/i18n/messages_" + lang
                + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("questionnaire.")).forEach(keys::add);
        return keys;
    }

    @Test
    void keysUsedAreKeysPresentInEveryLanguage() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).isNotEmpty();
        assertThat(bundleKeys("nl")).isEqualTo(used);
        assertThat(bundleKeys("en")).isEqualTo(used);
    }
}
