package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Problem;
import nl.baken.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken questionnaire in the data directory is named with its line, in the worker's language, by the library
 * (for the start screen) and by every command that works in the vault; the built-in seeds are still offered.
 */
public class RejectedQuestionnaireTest {

    /** A form author's file with one mistake: an unknown question type, on line {@link #BROKEN_LINE}. */
    public static final String BROKEN = """
            id: eigen-lijst
            version: 1
            title:
              nl: Eigen lijst
            languages: [nl]
            sections:
              - id: s
                title: {nl: Deel}
                questions:
                  - id: q
                    type: nonsense
                    text: {nl: "Wat is uw naam?"}
                    why: {nl: "Zo spreken we u aan."}
            """;
    public static final int BROKEN_LINE = 11;
    private static final String PASS = "a long passphrase here";

    @TempDir
    Path dir;

    /** Writes the broken file into the data directory's questionnaire folder. */
    public static void writeBroken(Path dataDir) throws Exception {
        Files.createDirectories(dataDir.resolve("questionnaires"));
        Files.writeString(dataDir.resolve("questionnaires/eigen-lijst.yaml"), BROKEN);
    }

    @Test
    void theLibraryNamesTheFileAndLineAndStillOffersTheSeeds() throws Exception {
        writeBroken(dir);
        Files.write(dir.resolve("questionnaires/unreadable.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        QuestionnaireLibrary.Offer offer = new QuestionnaireLibrary(dir.resolve("questionnaires")).offer();

        assertThat(offer.available()).extracting(s -> s.questionnaire().id())
                .containsExactly("intake-kort", "intake-mensenhandel");
        assertThat(offer.rejected()).extracting(Problem::file)
                .containsExactly("questionnaires/eigen-lijst.yaml", "questionnaires/unreadable.yaml");
        Problem broken = offer.rejected().get(0);
        assertThat(broken.line()).isEqualTo(BROKEN_LINE);
        assertThat(BROKEN.lines().toList().get(BROKEN_LINE - 1)).contains("nonsense");

        Messages en = Messages.of("en");
        Messages nl = Messages.of("nl");
        assertThat(QuestionnaireLibrary.rejectedText(broken, en))
                .startsWith("The questionnaire questionnaires/eigen-lijst.yaml in the data directory was not loaded, "
                        + "line " + BROKEN_LINE + ": " + broken.message(en))
                .endsWith("The built-in questionnaires can be used as usual.");
        assertThat(QuestionnaireLibrary.rejectedText(broken, nl))
                .startsWith("De vragenlijst questionnaires/eigen-lijst.yaml in de gegevensmap is niet geladen, regel "
                        + BROKEN_LINE + ": " + broken.message(nl));
        assertThat(broken.message(nl)).isNotEqualTo(broken.message(en));
    }

    @Test
    void aGoodDataDirectoryFileGivesNoProblem() throws Exception {
        Files.createDirectories(dir.resolve("questionnaires"));
        Files.writeString(dir.resolve("questionnaires/eigen-lijst.yaml"), BROKEN.replace("nonsense", "text"));
        QuestionnaireLibrary.Offer offer = new QuestionnaireLibrary(dir.resolve("questionnaires")).offer();
        assertThat(offer.rejected()).isEmpty();
        assertThat(offer.available()).extracting(s -> s.questionnaire().id()).contains("eigen-lijst");
    }

    @Test
    void everyCommandInTheVaultSaysSoOnStderrInTheChosenLanguage() throws Exception {
        assertThat(Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", dir.toString()).exit())
                .isZero();
        writeBroken(dir);
        for (List<String> lang : List.of(List.of("en", "line"), List.of("nl", "regel"))) {
            Cli.Result list = Cli.run(PASS + "\n", "case", "list", "--data-dir", dir.toString(), "--lang", lang.get(0));
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.err()).contains("questionnaires/eigen-lijst.yaml", lang.get(1) + " " + BROKEN_LINE + ":");
            assertThat(list.out()).doesNotContain("eigen-lijst");
        }
    }
}
