package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.baken.cases.CaseFile;
import nl.baken.support.Cli;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baken case access-export} and {@code baken comensha export}: the password once, exit 4 when refused. */
class ReportCommandTest {

    private static final String PASS = TestVault.PASSPHRASE + "\n";

    @TempDir
    static Path dir;
    static CaseFile c;

    @BeforeAll
    static void sampleCase() {
        try (TestVault vault = TestVault.in(dir.resolve("data"))) {
            c = ReferralCases.finishedIntakeByTester(vault, "shelter");
        }
    }

    private static Cli.Result run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.resolve("data").toString();
        all[args.length + 2] = "--lang";
        all[args.length + 3] = "nl";
        return Cli.run(PASS, all);
    }

    private static long deniedComensha() {
        return run("audit", "list", "--case", c.id()).out().lines()
                .filter(l -> l.contains("COMENSHA_EXPORT") && l.contains("DENIED")).count();
    }

    private static String text(Path pdf, String password) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf), password)) {
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /**
     * A file named inside the data directory is never written, --force or not: a PDF over keyslots.json or the
     * database would lose the vault. A folder is refused too. The vault opens and checks afterwards.
     */
    @Test
    void noExportWritesIntoTheDataDirectoryOrOverAFolder() throws Exception {
        Path data = dir.resolve("data");
        byte[] slots = Files.readAllBytes(data.resolve("keyslots.json"));
        for (String name : new String[] {"keyslots.json", "baken.mv.db", "logs/../nieuw.pdf"}) {
            Cli.Result r = run("case", "access-export", c.reference(), "--out", data.resolve(name).toString(),
                    "--force");
            assertThat(r.exit()).as(name).isEqualTo(ExitCodes.FAILURE);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("Baken schrijft nooit een bestand in de gegevensmap");
        }
        Cli.Result csv = run("stats", "--csv", data.resolve("keyslots.json").toString(), "--force");
        assertThat(csv.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(csv.out()).as("nothing counted, nothing printed").isEmpty();
        Cli.Result folder = run("comensha", "export", c.id(), "--out", dir.toString(), "--force");
        assertThat(folder.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(folder.err().strip()).endsWith("is een map. Er is niets geschreven; geef een bestandsnaam.");
        assertThat(Files.readAllBytes(data.resolve("keyslots.json"))).isEqualTo(slots);
        assertThat(data.resolve("nieuw.pdf")).doesNotExist();
        assertThat(run("vault", "check").exit()).isZero();
    }

    /** A closed case's access export says when it was closed and why (the reason is kept about the person too). */
    @Test
    void theAccessExportOfAClosedCaseHoldsTheClosingAndItsReason() throws Exception {
        assertThat(run("case", "close", c.id(), "--reason", "Verhuisd naar familie").exit()).isZero();
        try {
            Path out = dir.resolve("inzage-gesloten.pdf");
            Cli.Result r = run("case", "access-export", c.id(), "--out", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(text(out, r.out().strip())).contains("Stand van het dossier Gesloten", "Dossier gesloten ",
                    "Reden van sluiten Verhuisd naar familie");
        } finally {
            assertThat(run("case", "reopen", c.id()).exit()).isZero();
        }
    }

    @Test
    void accessExportPrintsThePasswordOnceAndKeepsAnExistingFile() throws Exception {
        Path out = dir.resolve("inzage.pdf");
        Cli.Result r = run("case", "access-export", c.reference(), "--out", out.toString());
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\\R");
        assertThat(lines).hasSize(1);
        assertThat(lines[0]).matches("([a-z2-9]{5}-){4}[a-z2-9]{5}");
        assertThat(r.err()).doesNotContain(lines[0]).contains("De inzage is opgeslagen.");
        assertThat(text(out, lines[0])).contains("Inzage: alles wat Baken over u bewaart", c.reference(), "Andrei");

        Cli.Result again = run("case", "access-export", c.reference(), "--out", out.toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.out()).isEmpty();
        assertThat(again.err().strip()).endsWith("Er is niets overschreven; kies een andere naam of geef --force.");
    }

    @Test
    void comenshaExportNeedsConsentAndTheSignedFormThenSaysWhatIsMissing() throws Exception {
        Path out = dir.resolve("comensha.pdf");
        long deniedBefore = deniedComensha();
        Cli.Result refused = run("comensha", "export", c.id(), "--out", out.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.NO_CONSENT);
        assertThat(refused.err().strip()).isEqualTo("Er is geen toestemming voor een melding bij CoMensha (niet"
                + " gegeven, geweigerd of ingetrokken). Er is niets gemaakt.");
        assertThat(refused.out()).isEmpty();
        assertThat(out).doesNotExist();
        assertThat(deniedComensha()).as("the refusal is one audit entry").isEqualTo(deniedBefore + 1);

        // "guardian" is accepted beside "parent-or-guardian"; for a person of 34 it is the wrong signer.
        assertThat(run("case", "consent", "--case", c.id(), "--purpose", "comensha", "--given", "--signed-by",
                "guardian", "--form-received").exit()).isZero();
        Cli.Result wrong = run("comensha", "export", c.id(), "--out", out.toString());
        assertThat(wrong.exit()).isEqualTo(ExitCodes.NO_CONSENT);
        assertThat(wrong.err().strip()).startsWith("Wie het formulier tekende past niet bij de leeftijd");
        assertThat(out).doesNotExist();

        assertThat(run("case", "consent", "--case", c.id(), "--purpose", "comensha", "--given", "--signed-by",
                "person", "--form-received").exit()).isZero();
        Cli.Result saved = run("comensha", "export", c.id(), "--out", out.toString());
        assertThat(saved.exit()).isZero();
        String password = saved.out().strip();
        assertThat(password).matches("([a-z2-9]{5}-){4}[a-z2-9]{5}");
        assertThat(saved.err()).contains("De melding voor CoMensha is opgeslagen.",
                "Nog aan te vullen voor het versturen: Meldende organisatie");
        assertThat(text(out, password)).contains("Melding aan CoMensha", "Geslacht Man").doesNotContain("Andrei");
    }
}
