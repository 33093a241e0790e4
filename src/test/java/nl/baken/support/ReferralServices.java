package nl.baken.support;

import java.security.SecureRandom;
import java.time.Clock;
import nl.baken.audit.AuditLog;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.consent.ConsentService;
import nl.baken.i18n.Messages;
import nl.baken.intake.JooqIntakeRepository;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.referral.FontFiles;
import nl.baken.referral.JooqPartnerRepository;
import nl.baken.referral.JooqReferralRepository;
import nl.baken.referral.PdfProtection;
import nl.baken.referral.ReferralExportService;
import nl.baken.referral.ReferralPassword;
import nl.baken.referral.ReferralPdf;
import nl.baken.referral.ReferralPreview;
import nl.baken.referral.ReferralService;
import nl.baken.referral.SafePdfWriter;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.store.Store;

/**
 * A referral service on a test's own store, consent and audit log, wired as the app's UnlockedServices wires it
 * but without recording an unlock or adding the national partners (tests that need those say so).
 */
public final class ReferralServices {

    private ReferralServices() {
    }

    public static ReferralService on(Store store, QuestionnaireLibrary library, ConsentService consent,
            AuditLog audit, Clock clock) {
        SecureRandom random = new SecureRandom();
        ReferralPdf pdf = new ReferralPdf(Messages::of, FontFiles.dejaVuSans());
        ReferralExportService exporter = new ReferralExportService(pdf, new PdfProtection(random),
                new ReferralPassword(random), new SafePdfWriter());
        return new ReferralService(store, new JooqCaseRepository(store), new JooqIntakeRepository(store), library,
                consent, new JooqPartnerRepository(store), new JooqReferralRepository(store),
                new JooqSettingsRepository(store), exporter, new ReferralPreview(pdf), audit, clock, Messages::of);
    }
}
