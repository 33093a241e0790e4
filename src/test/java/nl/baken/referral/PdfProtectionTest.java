package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfProtectionTest {

    private static final String PW = "abcde-fghij-kmnpq-rstuv-wxyz2";
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        pdf = Referrals.export().protect(SampleReferrals.small("nl"), PW.toCharArray());
    }

    @Test
    void isAes256WithSecurityHandlerRevision6() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf, PW)) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(doc.getEncryption().getRevision()).isEqualTo(6);
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            assertThat(doc.getEncryption().getStdCryptFilterDictionary().getCryptFilterMethod().getName())
                    .isEqualTo("AESV3");
        }
    }

    @Test
    void doesNotOpenWithoutTheRightPassword() {
        assertThatThrownBy(() -> Loader.loadPDF(pdf).close()).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(pdf, "").close()).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(pdf, "abcde-fghij-kmnpq-rstuv-wxyz3").close())
                .isInstanceOf(InvalidPasswordException.class);
    }

    @Test
    void allowsPrintingButNotChanging() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf, PW)) {
            assertThat(doc.getCurrentAccessPermission().isOwnerPermission()).isFalse();
            assertThat(doc.getCurrentAccessPermission().canPrint()).isTrue();
            assertThat(doc.getCurrentAccessPermission().canModify()).isFalse();
            assertThat(doc.getCurrentAccessPermission().canAssembleDocument()).isFalse();
        }
    }

    @Test
    void theSavedBytesHideTheTextAndTheMetadata() {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(raw).startsWith("%PDF-").doesNotContain(SampleReferrals.REFERENCE).doesNotContain("Sanne")
                .doesNotContain("Vertrouwelijk").doesNotContain("CoMensha");
    }

    @Test
    void thePolicyHandedToPdfboxNoLongerHoldsThePasswordsOnceSaved() throws Exception {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + PW, PW,
                PdfProtection.permissions());
        byte[] saved;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            saved = PdfProtection.protect(doc, policy);
            // The document is still open (its security handler keeps this policy until close), yet no password.
            assertThat(policy.getUserPassword()).isEmpty();
            assertThat(policy.getOwnerPassword()).isEmpty();
        }
        try (PDDocument reopened = Loader.loadPDF(saved, PW)) {
            assertThat(reopened.getEncryption().getRevision()).isEqualTo(6);
        }
    }
}
