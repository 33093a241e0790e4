package nl.baken.i18n;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.baken.consent.ConsentPurpose;
import nl.baken.questionnaire.Audience;
import org.junit.jupiter.api.Test;

/**
 * Every bundle key used in the code exists in messages_nl and messages_en, both bundles have the same keys, and
 * no key sits unused. A key is a string literal such as "vault.unlock.title" whose first part is one of the
 * bundles' prefixes, or a key a model builds by convention from its ids ({@code audience.<id>.label}): those are
 * asked of the model itself, for every id it has, so a missing one fails here instead of showing another's text.
 */
class BundleKeysTest {

    /** File names such as "intake.yaml" look like keys but are not. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(yaml|yml|json|properties|png|css|sql)");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\"");

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("nl")).isEqualTo(keys("en"));
    }

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> bundle = keys("nl");
        Set<String> prefixes = bundle.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        Path sources = projectDir().resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String literal = m.group(1);
                    // A file name such as "intake.yaml" is not a key, unless the bundle has it as one.
                    if (FILE_NAME.matcher(literal).matches() && !bundle.contains(literal)) {
                        continue;
                    }
                    if (prefixes.contains(literal.substring(0, literal.indexOf('.')))) {
                        used.add(literal);
                    }
                }
            }
        }
        used.addAll(conventionKeys());
        assertThat(bundle).as("keys used in code but missing from the bundles").containsAll(used);
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(used);
        assertThat(unused).as("bundle keys no code uses").isEmpty();
    }

    @Test
    void noValueIsBlank() throws IOException {
        for (String lang : Messages.LANGUAGES) {
            Properties p = load(lang);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(lang + " " + k).isNotBlank());
        }
    }

    @Test
    void noKeyIsGivenTwice() throws IOException {
        // Properties keeps the last of two equal keys without a word: a merge can leave a stale text in force.
        for (String lang : Messages.LANGUAGES) {
            Path file = projectDir().resolve("src/main/resources/i18n/messages_" + lang + ".properties");
            java.util.Map<String, Long> counts = Files.readAllLines(file).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith(" ") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).trim())
                    .collect(Collectors.groupingBy(k -> k, java.util.TreeMap::new, Collectors.counting()));
            assertThat(counts).as(lang + ": keys given more than once").allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1L));
        }
    }

    /** The keys that models build from their ids, for every id. */
    static Set<String> conventionKeys() {
        Set<String> keys = new TreeSet<>();
        for (Audience audience : Audience.values()) {
            keys.add(audience.labelKey());
        }
        for (ConsentPurpose purpose : ConsentPurpose.all()) {
            keys.add(purpose.titleKey());
            keys.add(purpose.textKey());
        }
        keys.addAll(statisticsKeys());
        return keys;
    }

    /** The statistics' table titles and the labels of their categories (forms, age groups), from the codes. */
    private static Set<String> statisticsKeys() {
        Set<String> keys = new TreeSet<>();
        for (nl.baken.reports.StatisticsMeasure m : nl.baken.reports.StatisticsMeasure.values()) {
            keys.add(nl.baken.reports.StatisticsLabels.measureKey(m));
        }
        for (nl.baken.questionnaire.Exploitation form : nl.baken.questionnaire.Exploitation.values()) {
            keys.add(nl.baken.reports.StatisticsLabels.categoryKey(nl.baken.reports.StatisticsMeasure.FORMS,
                    form.yamlName()).orElseThrow());
        }
        keys.add(nl.baken.reports.StatisticsLabels.categoryKey(nl.baken.reports.StatisticsMeasure.FORMS,
                nl.baken.reports.StatisticsService.NONE).orElseThrow());
        for (nl.baken.reports.AgeGroup g : nl.baken.reports.AgeGroup.values()) {
            keys.add(nl.baken.reports.StatisticsLabels.categoryKey(nl.baken.reports.StatisticsMeasure.AGE_GROUPS,
                    g.code()).orElseThrow());
        }
        return keys;
    }

    static Path projectDir() {
        return Path.of(System.getProperty("baken.projectDir", System.getProperty("user.dir")));
    }

    private static Set<String> keys(String lang) throws IOException {
        return new TreeSet<>(load(lang).stringPropertyNames());
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
