package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.baken.support.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data directory's own partners.yaml (the municipality's partners) is read when present; a broken one is
 * reported with its line, adds nothing, and is never quietly replaced by the built-in national list.
 */
public class LocalPartnersTest {

    private static final String PASS = "a long passphrase here";
    public static final String GOOD = """
            partners:
              - id: wijkteam-zuid
                name: Wijkteam Zuid
                audience: victim_support
                phone: "010 123 45 67"
            """;
    /** Line 4 names an audience Baken does not know. */
    public static final String BROKEN = """
            partners:
              - id: wijkteam-zuid
                name: Wijkteam Zuid
                audience: buurtzorg
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void initVault() {
        assertThat(Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", dir.toString()).exit())
                .isZero();
    }

    private Cli.Result partnerList() {
        return Cli.run(PASS + "\n", "partner", "list", "--data-dir", dir.toString(), "--lang", "en");
    }

    @Test
    void aValidFileAddsItsPartnersNextToTheNationalOnes() throws Exception {
        Files.writeString(dir.resolve("partners.yaml"), GOOD);
        Cli.Result list = partnerList();
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("wijkteam-zuid\tvictim_support\tWijkteam Zuid\n", "comensha\tshelter\t");
        assertThat(list.err()).doesNotContain("partners.yaml");
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndAddsNothing() throws Exception {
        Files.writeString(dir.resolve("partners.yaml"), BROKEN);
        Cli.Result list = partnerList();
        assertThat(list.exit()).isEqualTo(1);
        assertThat(list.err()).contains("partners.yaml:4:")
                .contains("partners.yaml in the data directory was not read (problems above)");
        assertThat(list.out()).contains("comensha\tshelter\t").doesNotContain("wijkteam-zuid");
    }

    @Test
    void aFileBrokenLaterChangesNothingOfWhatItAddedBefore() throws Exception {
        Files.writeString(dir.resolve("partners.yaml"), GOOD);
        assertThat(partnerList().exit()).isZero();
        Files.writeString(dir.resolve("partners.yaml"), GOOD.replace("Wijkteam Zuid", "Wijkteam Noord")
                .replace("victim_support", "buurtzorg"));
        Cli.Result list = partnerList();
        assertThat(list.exit()).isEqualTo(1);
        assertThat(list.out()).contains("wijkteam-zuid\tvictim_support\tWijkteam Zuid\n");
    }
}
