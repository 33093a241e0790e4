package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
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
}
