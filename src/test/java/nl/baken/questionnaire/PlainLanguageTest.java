package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain Dutch and English in the seed questionnaires (docs/questionnaire-authoring.md, "Measuring plain language"):
 * mean at most 8 words a sentence, at most 1% of sentences over 15 words, no passive in a question text.
 * Writes the figures to target/plain-language.txt, which scripts/plain-language.sh prints.
 */
class PlainLanguageTest {

    @Test
    void theSeedsAreWrittenInShortActiveSentences() throws IOException {
        List<Path> seeds = QuestionnaireFiles.seeds();
        assertThat(seeds).isNotEmpty();
        List<String> lines = new ArrayList<>();
        List<PlainLanguage.Report> reports = new ArrayList<>();
        for (Path seed : seeds) {
            for (String lang : List.of("nl", "en")) {
                PlainLanguage.Report r = PlainLanguage.measure(seed, lang);
                reports.add(r);
                lines.add(r.line());
                r.longSentences().forEach(s -> lines.add("  over 15 words: " + s));
                r.passives().forEach(s -> lines.add("  passive: " + s));
            }
        }
        Path out = QuestionnaireFiles.projectDir().resolve("target/plain-language.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        for (PlainLanguage.Report r : reports) {
            assertThat(r.sentences()).as(r.line()).isGreaterThan(50);
            assertThat(r.meanWords()).as(r.line()).isLessThanOrEqualTo(8.0);
            assertThat(r.shareOver15()).as(r.line() + "\n" + String.join("\n", r.longSentences()))
                    .isLessThanOrEqualTo(0.01);
            assertThat(r.passives()).as(r.line()).isEmpty();
        }
    }

    @Test
    void theHeuristicsFindWhatTheyShould() {
        assertThat(PlainLanguage.sentences("Bent u in gevaar? Dan helpen we. Bel 112.")).hasSize(3);
        assertThat(PlainLanguage.words("Wat is er aan de hand?")).isEqualTo(6);
        assertThat(PlainLanguage.passiveNl("Werd u in de gaten gehouden?")).isTrue();
        assertThat(PlainLanguage.passiveNl("Wordt uw loon ingehouden?")).isTrue();
        assertThat(PlainLanguage.passiveNl("Werd de schuld steeds hoger?")).isFalse();
        assertThat(PlainLanguage.passiveNl("Hield iemand u in de gaten?")).isFalse();
        assertThat(PlainLanguage.passiveEn("Were you ever locked in?")).isTrue();
        assertThat(PlainLanguage.passiveEn("Was money taken from your wages?")).isTrue();
        assertThat(PlainLanguage.passiveEn("Did anyone ever lock you in?")).isFalse();
        assertThat(PlainLanguage.passiveEn("Is it safe to start the interview now?")).isFalse();
    }
}
