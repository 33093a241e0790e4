package nl.baken.referral;

import java.security.SecureRandom;
import nl.baken.i18n.Messages;

/** The referral classes wired as the app wires them, for tests. */
final class Referrals {

    static final FontFiles FONTS = FontFiles.dejaVuSans();

    private Referrals() {
    }

    static ReferralPdf pdf() {
        return new ReferralPdf(Messages::of, FONTS);
    }

    static ReferralExportService export() {
        SecureRandom random = new SecureRandom();
        return new ReferralExportService(pdf(), new PdfProtection(random), new ReferralPassword(random),
                new SafePdfWriter());
    }
}
