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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferralCommandTest {

    private static final String PASS = TestVault.PASSPHRASE + "\n";

    @TempDir
    Path dir;

    private CaseFile caseWithConsent(String... audiences) {
        try (TestVault vault = TestVault.in(dir.resolve("data"))) {
            return ReferralCases.finishedIntake(vault, audiences);
        }
    }

    @Test
    void withoutConsentExitsFourWithOneLineAndWritesNothing() {
        CaseFile c = caseWithConsent("shelter");
        Path out = dir.resolve("politie.pdf");
        Cli.Result r = Cli.run(PASS, "referral", "export", "--case", c.id(), "--audience", "police", "--out",
                out.toString(), "--data-dir", dir.resolve("data").toString(), "--lang", "nl");
        assertThat(r.exit()).isEqualTo(ExitCodes.NO_CONSENT);
        assertThat(r.err().strip()).isEqualTo("Geen toestemming om te delen met: politie (share:police)");
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void withConsentPrintsThePasswordOnceOnOneLine() throws Exception {
        CaseFile c = caseWithConsent("shelter");
        Path out = dir.resolve("opvang.pdf");
        Cli.Result r = Cli.run(PASS, "referral", "export", "--case", c.id(), "--partner", "comensha", "--out",
                out.toString(), "--data-dir", dir.resolve("data").toString());
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\\R");
        assertThat(lines).hasSize(1);
        String password = lines[0];
        assertThat(password).matches("([a-z2-9]{5}-){4}[a-z2-9]{5}");
        assertThat(r.err()).doesNotContain(password);
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out), password)) {
            assertThat(doc.getEncryption().getRevision()).isEqualTo(6);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("CoMensha", c.reference()).doesNotContain("Andrei");
        }
    }

    @Test
    void englishOnRequestAndAudienceWithoutPartnerGetsAGenericOne() throws Exception {
        CaseFile c = caseWithConsent("health");
        Path out = dir.resolve("health.pdf");
        Cli.Result r = Cli.run(PASS, "referral", "export", "--case", c.id(), "--audience", "health", "--out",
                out.toString(), "--data-dir", dir.resolve("data").toString(), "--lang", "en");
        assertThat(r.exit()).isZero();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out), r.out().strip())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Health", "Sharing with health");
        }
    }

    @Test
    void wrongPassphraseExitsThree() {
        CaseFile c = caseWithConsent("shelter");
        Cli.Result r = Cli.run("not it\n", "referral", "export", "--case", c.id(), "--partner", "comensha", "--out",
                dir.resolve("x.pdf").toString(), "--data-dir", dir.resolve("data").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.WRONG_PASSPHRASE);
        assertThat(Cli.run("not it\n", "partner", "list", "--data-dir", dir.resolve("data").toString()).exit())
                .isEqualTo(ExitCodes.WRONG_PASSPHRASE);
    }

    @Test
    void partnerListIsTabSeparated() {
        caseWithConsent();
        Cli.Result r = Cli.run(PASS, "partner", "list", "--data-dir", dir.resolve("data").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().split("\\R")).contains("comensha\tshelter\tCoMensha", "politie-avim\tpolice\tPolitie – AVIM")
                .allSatisfy(line -> assertThat(line.split("\t")).hasSize(3));
    }
}
