package nl.baken.referral;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes a referral file: renders the document in memory, encrypts it with a new password and saves it where the
 * worker chose. The password is returned once, to be shown and then forgotten.
 */
public final class ReferralExportService {

    private final ReferralPdf pdf;
    private final PdfProtection protection;
    private final ProtectedPdfFile files;

    public ReferralExportService(ReferralPdf pdf, PdfProtection protection, ReferralPassword passwords,
            SafePdfWriter writer) {
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.protection = Objects.requireNonNull(protection, "protection");
        this.files = new ProtectedPdfFile(passwords, writer);
    }

    /** Saves the protected referral to {@code target} and returns its password; the caller zeroes it after showing. */
    public char[] export(ReferralDocument referral, Path target) throws ReferralException {
        return files.save(password -> protect(referral, password), target);
    }

    /** The referral rendered and encrypted with the given password, as bytes in memory. */
    public byte[] protect(ReferralDocument referral, char[] password) throws ReferralException {
        try (PDDocument doc = pdf.render(referral)) {
            return protection.protect(doc, password);
        } catch (IOException | RuntimeException e) {
            throw new ReferralException(ReferralException.Reason.RENDER_FAILED, e);
        }
    }
}
