package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.baken.support.Cli;
import nl.baken.vault.PassphrasePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs have limits: big or endless files, over-long and too simple passphrases are refused at once. */
class InputLimitsTest {

    private static final String QUESTIONNAIRE = "seeds/questionnaires/short-intake.yaml";

    @TempDir
    Path dir;

    @Test
    void validateOnAnEndlessFileIsRefusedAtOnce() {
        Cli.Result r = Cli.run("", "questionnaire", "validate", "/dev/zero", "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out().strip()).isEqualTo("/dev/zero: The file is larger than 5 MB and is not read. "
                + "A questionnaire or answers file is much smaller.");
    }

    @Test
    void aQuestionnaireOrAnswersFileOverFiveMegabytesIsRefused() throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "id: x\nnote: \"" + "a".repeat(5 * 1024 * 1024) + "\"\n");
        Cli.Result validate = Cli.run("", "questionnaire", "validate", big.toString(), "--lang", "en");
        assertThat(validate.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(validate.out()).contains("larger than 5 MB");

        Cli.Result walk = Cli.run("", "questionnaire", "walk", QUESTIONNAIRE, "--answers", big.toString(),
                "--lang", "en");
        assertThat(walk.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(walk.err()).contains("larger than 5 MB");
    }

    @Test
    void aPassphraseOverTheLimitOrTooSimpleIsRefusedAndNoVaultIsMade() throws Exception {
        String tooLong = "een lange zin ".repeat(80);
        assertThat(tooLong.length()).isGreaterThan(PassphrasePolicy.MAXIMUM_LENGTH);
        for (String pass : new String[] {tooLong, "aaaaaaaaaaaa", "abababababababababab"}) {
            Path data = dir.resolve("v" + pass.length());
            Cli.Result r = Cli.run(pass + "\n", "vault", "init", "--worker", "anna", "--data-dir", data.toString(),
                    "--lang", "en");
            assertThat(r.exit()).as(pass).isEqualTo(ExitCodes.FAILURE);
            assertThat(r.err().strip()).startsWith("A passphrase has 12 to 1,024 characters");
            assertThat(data.resolve("keyslots.json")).doesNotExist();
        }
        assertThat(PassphrasePolicy.strength("aaaaaaaaaaaa".toCharArray()))
                .isEqualTo(PassphrasePolicy.Strength.TOO_SIMPLE);
        assertThat(PassphrasePolicy.isAcceptable(tooLong.toCharArray())).isFalse();
        assertThat(PassphrasePolicy.isAcceptable("het paard eet graag wortels".toCharArray())).isTrue();
    }
}
