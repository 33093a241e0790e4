package nl.baken.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the plain language of a questionnaire file in one language: words per sentence over every question
 * text, why and section intro, and passive voice in question texts (a heuristic, see questionnaire-authoring.md).
 * Choice labels and titles are left out: they are fragments, not sentences. Reads the YAML itself, so the
 * measurement does not depend on the loader.
 */
final class PlainLanguage {

    /** What was measured in one file and language. */
    record Report(String file, String lang, int sentences, double meanWords, int over15, List<String> longSentences,
                  List<String> passives) {

        double shareOver15() {
            return sentences == 0 ? 0 : (double) over15 / sentences;
        }

        String line() {
            return String.format(Locale.ROOT, "%s [%s]: %d sentences, mean %.2f words, %d over 15 words (%.1f%%),"
                    + " %d passive question texts", file, lang, sentences, meanWords, over15, 100 * shareOver15(),
                    passives.size());
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** Dutch: a form of 'worden' with a past participle (...ge...d/t/en, or be-/ver-/ont-/her-/er-...d/t). */
    private static final Pattern NL_PASSIVE = Pattern.compile(
            "\\b(word|wordt|worden|werd|werden|geworden)\\b.*\\b(\\p{L}*ge\\p{L}+(d|t|en)|(be|ver|ont|her|er)\\p{L}+(d|t))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** English: a form of 'be', up to two words, then a past participle (-ed or a common irregular one). */
    private static final Pattern EN_PASSIVE = Pattern.compile(
            "\\b(am|is|are|was|were|be|been|being)\\b(\\s+\\w+){0,2}?\\s+(\\w+ed|known|given|taken|told|paid|held"
                    + "|kept|made|seen|done|brought|sold|forced|shown|sent|left|found|hurt|caught|beaten|put|set)\\b",
            Pattern.CASE_INSENSITIVE);

    private PlainLanguage() {
    }

    static Report measure(Path file, String lang) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> texts = new ArrayList<>();
        List<String> questionTexts = new ArrayList<>();
        for (JsonNode section : root.path("sections")) {
            add(texts, section.path("intro").path(lang));
            for (JsonNode q : section.path("questions")) {
                add(texts, q.path("text").path(lang));
                add(texts, q.path("why").path(lang));
                if (!"note".equals(q.path("type").asText())) {
                    add(questionTexts, q.path("text").path(lang));
                }
            }
        }
        int sentences = 0;
        int words = 0;
        int over15 = 0;
        List<String> longOnes = new ArrayList<>();
        for (String text : texts) {
            for (String sentence : sentences(text)) {
                int n = words(sentence);
                sentences++;
                words += n;
                if (n > 15) {
                    over15++;
                    longOnes.add(sentence);
                }
            }
        }
        Pattern passive = "nl".equals(lang) ? NL_PASSIVE : EN_PASSIVE;
        List<String> passives = new ArrayList<>();
        for (String text : questionTexts) {
            for (String sentence : sentences(text)) {
                Matcher m = passive.matcher(sentence);
                if (m.find()) {
                    passives.add(sentence);
                }
            }
        }
        return new Report(file.getFileName().toString(), lang, sentences,
                sentences == 0 ? 0 : (double) words / sentences, over15, longOnes, passives);
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (words(s) > 0) {
                out.add(s.strip());
            }
        }
        return out;
    }

    static int words(String sentence) {
        Matcher m = WORD.matcher(sentence);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static boolean passiveNl(String sentence) {
        return NL_PASSIVE.matcher(sentence).find();
    }

    static boolean passiveEn(String sentence) {
        return EN_PASSIVE.matcher(sentence).find();
    }

    private static void add(List<String> to, JsonNode text) {
        if (text.isTextual() && !text.asText().isBlank()) {
            to.add(text.asText());
        }
    }
}
