package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The referral and partner keys used in the sources are exactly those in both bundles. */
class ReferralMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"((?:referral|partner)\\.[a-z0-9_.]+)\"");

    @Test
    void keysUsedAreKeysPresentInDutchAndEnglish() throws Exception {
        Set<String> used = usedKeys();
        for (String language : new String[] {"nl", "en"}) {
            Set<String> present = bundleKeys(language);
            assertThat(present).as(language).containsExactlyInAnyOrderElementsOf(used);
        }
        assertThat(used).hasSizeGreaterThan(40);
    }

    private static Set<String> usedKeys() throws Exception {
        Path sources = Path.of(System.getProperty("baken.projectDir", "."), "src", "main", "java", "nl", "baken",
                "referral");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> bundleKeys(String language) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReferralMessagesTest.class.getResourceAsStream(
                "/i18n/messages_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("referral.") || k.startsWith("partner."))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
