package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.junit.jupiter.api.Test;

/**
 * Writes an invented sample referral to {@code target/referral-sample.pdf} (password {@link #PASSWORD}) for
 * looking at it with poppler, and checks what it must hold (every part of the referral, every script) and must not
 * (readable text without the password, the person's name in the metadata, the password itself).
 */
class ReferralSampleTest {

    static final String PASSWORD = "voorb-eeldw-achtw-oordg-roep2";
    private static final String SCRIPTS = SampleReferrals.DIACRITICS + " " + SampleReferrals.BULGARIAN
            + " Ștefănescu Wąsowicz Čapek Žižek 漢 " + "x".repeat(150);

    @Test
    void theSampleHoldsEveryPartAndNothingIsReadableWithoutThePassword() throws Exception {
        Path target = Path.of(System.getProperty("baken.projectDir", "."), "target", "referral-sample.pdf");
        byte[] pdf = Referrals.export().protect(SampleReferrals.sample(), PASSWORD.toCharArray());
        new SafePdfWriter().write(target, pdf);
        Files.writeString(target.resolveSibling("referral-sample.password"), PASSWORD);
        ReferralDocument scripts = SampleReferrals.withAnswer("Naam in eigen schrift?", SCRIPTS);
        byte[] scriptsPdf = Referrals.export().protect(scripts, PASSWORD.toCharArray());
        new SafePdfWriter().write(target.resolveSibling("referral-sample-scripts.pdf"), scriptsPdf);

        String text = PdfTexts.all(Files.readAllBytes(target), PASSWORD).replaceAll("\\s+", " ");
        assertThat(text).contains(SampleReferrals.REFERENCE, "Gemeente Voorbeeldstad", "Sanne de Vries", "CoMensha",
                "Ewa N.", SampleReferrals.URGENT, "Wil je contact met je familie?", "Ja, met mijn zus in Łódź.",
                "Papieren afgenomen door de werkgever (arbeidsuitbuiting)", "Ongeveer 70 uur",
                "Naam noemen in deze verwijzing");
        assertThat(readableWithout(pdf, "")).as("opens without the password").isFalse();
        assertThat(readableWithout(pdf, "voorb-eeldw-achtw-oordg-roep3")).as("opens with another password")
                .isFalse();
        String bytes = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(bytes).as("plain text in the file").doesNotContain("Ewa N.", SampleReferrals.REFERENCE,
                "veilige plek", PASSWORD);
        try (PDDocument doc = Loader.loadPDF(pdf, PASSWORD)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getSubject()).isNull();
            assertThat(info.getKeywords()).isNull();
            assertThat(info.getTitle()).doesNotContain("Ewa", SampleReferrals.REFERENCE);
        }

        // Every script the fonts hold arrives as typed, a character they lack becomes "?" (never a failed export),
        // and a word longer than a line is broken, never cut off.
        String scriptsText = PdfTexts.all(scriptsPdf, PASSWORD);
        assertThat(scriptsText.replaceAll("\\s+", " ")).contains(SampleReferrals.DIACRITICS,
                SampleReferrals.BULGARIAN, "Ștefănescu Wąsowicz Čapek Žižek " + PdfFonts.REPLACEMENT + " x");
        assertThat(scriptsText.replaceAll("\\s+", "")).contains("x".repeat(150));
    }

    private static boolean readableWithout(byte[] pdf, String password) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf, password)) {
            return doc.getNumberOfPages() >= 0;
        } catch (InvalidPasswordException e) {
            return false;
        }
    }
}
