package nl.baken.referral;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes a referral file: renders the document in memory, encrypts it with a new password and saves it where the
 * worker chose. The password is returned once, to be shown and then forgotten.
 */
public final class ReferralExportService {

    private final ReferralPdf pdf;
    private final PdfProtection protection;
    private final ReferralPassword passwords;
    private final SafePdfWriter writer;

    public ReferralExportService(ReferralPdf pdf, PdfProtection protection, ReferralPassword passwords,
            SafePdfWriter writer) {
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.protection = Objects.requireNonNull(protection, "protection");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** Saves the protected referral to {@code target} and returns its password; the caller zeroes it after showing. */
    public char[] export(ReferralDocument referral, Path target) throws ReferralException {
        char[] password = passwords.generate();
        try {
            writer.write(target, protect(referral, password));
            return password;
        } catch (ReferralException | RuntimeException e) {
            Arrays.fill(password, '\0');
            throw e;
        }
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
