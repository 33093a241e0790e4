package nl.baken.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentSigner;
import nl.baken.i18n.Messages;
import nl.baken.referral.ReferralService;
import nl.baken.session.BundleReportWords;
import nl.baken.session.UnlockedServices;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CoMensha registration (issue 15 part 4) of the sample case (an adult man, labour exploitation, alias
 * "Andrei"): refused without consent, after a withdrawal and without the signed form; with both, the PDF holds the
 * registration's fields and no name, alias or note; what the case lacks is named, never filled in.
 */
class ComenshaExportTest {

    private static final String NOTE_MARKER = "NOTITIEMARKER7";

    @TempDir
    static Path dir;
    static TestVault vault;
    static UnlockedServices session;
    static CaseFile c;

    @BeforeAll
    static void sampleCase() {
        vault = TestVault.in(dir.resolve("vault"));
        session = UnlockedServices.open(vault.open(), Clock.systemDefaultZone(), dir.resolve("questionnaires"));
        c = ReferralCases.finishedIntakeBy(session.workerId(), session.intakes(), session.consent(), "shelter");
        session.desk().addNote(c.id(), "Woont bij " + NOTE_MARKER, session.workerId());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static void consent(ConsentDecision decision, Optional<ConsentSigner> signer, boolean form) {
        session.consent().record(c.id(), ConsentPurpose.COMENSHA, decision, signer, form, session.workerId());
    }

    private static CaseReports.ComenshaExport export(Path target) throws Exception {
        return session.reports().exportComensha(c.id(), new BundleReportWords(Messages.of("nl")), target,
                session.workerId(), "Wim Werker");
    }

    /** Registrations made: COMENSHA_EXPORT entries with outcome SUCCESS. */
    private static long exports() {
        return entries(nl.baken.audit.AuditOutcome.SUCCESS);
    }

    private static long entries(nl.baken.audit.AuditOutcome outcome) {
        return session.audit().entries().stream()
                .filter(e -> e.event().equals("COMENSHA_EXPORT") && e.outcome() == outcome).count();
    }

    @Test
    void refusedWithoutConsentAfterWithdrawalAndWithoutTheSignedForm() throws Exception {
        long before = exports();
        long deniedBefore = entries(nl.baken.audit.AuditOutcome.DENIED);
        Path target = dir.resolve("geweigerd.pdf");
        if (session.consent().current(c.id()).get(ConsentPurpose.COMENSHA) == null) {
            assertThat(export(target).refusal()).contains(ComenshaRefusal.NO_CONSENT);
        }
        consent(ConsentDecision.DECLINED, Optional.empty(), false);
        assertThat(export(target).refusal()).contains(ComenshaRefusal.NO_CONSENT);
        consent(ConsentDecision.GIVEN, Optional.empty(), false);
        assertThat(export(target).refusal()).contains(ComenshaRefusal.NO_SIGNED_FORM);
        consent(ConsentDecision.GIVEN, Optional.of(ConsentSigner.PERSON), false);
        assertThat(export(target).refusal()).contains(ComenshaRefusal.NO_SIGNED_FORM);
        // An adult signs alone: a guardian's signature does not fit a person of 34.
        consent(ConsentDecision.GIVEN, Optional.of(ConsentSigner.PARENT_OR_GUARDIAN), true);
        assertThat(export(target).refusal()).contains(ComenshaRefusal.WRONG_SIGNER);
        consent(ConsentDecision.GIVEN, Optional.of(ConsentSigner.PERSON), true);
        consent(ConsentDecision.WITHDRAWN, Optional.empty(), false);
        CaseReports.ComenshaExport refused = export(target);
        assertThat(refused.refusal()).contains(ComenshaRefusal.NO_CONSENT);
        assertThat(refused.password()).isNull();
        assertThat(target).doesNotExist();
        assertThat(exports()).as("no registration made").isEqualTo(before);
        assertThat(entries(nl.baken.audit.AuditOutcome.DENIED)).as("each refusal is one DENIED entry")
                .isEqualTo(deniedBefore + 6);
    }

    @Test
    void withConsentAndTheSignedFormTheRegistrationHoldsItsFieldsAndNoName() throws Exception {
        consent(ConsentDecision.GIVEN, Optional.of(ConsentSigner.PERSON), true);
        long before = exports();
        Path target = dir.resolve("comensha.pdf");
        CaseReports.ComenshaExport export = export(target);
        assertThat(export.refusal()).isEmpty();
        String text;
        try {
            text = ReportPdfs.text(target, new String(export.password()));
        } finally {
            Arrays.fill(export.password(), '\0');
        }
        assertThat(text).contains("Melding aan CoMensha", c.reference(), "Vormen van uitbuiting", "arbeid",
                "Leeftijd 34 jaar (18 jaar of ouder)", "Geslacht Man", "Nationaliteit Uit een land buiten de EU",
                "Eerste contact", "Melder Wim Werker", "Gesignaleerd", "De persoon zelf (16 jaar of ouder)");
        assertThat(text).doesNotContain("Andrei", NOTE_MARKER);
        // No organisation is set in this vault: it is named as missing, not invented.
        assertThat(export.missing()).containsExactly("Meldende organisatie");
        assertThat(text).contains("Meldende organisatie nog niet bekend: vul aan voor het versturen",
                "Nog aan te vullen voor het versturen: Meldende organisatie.");
        assertThat(exports()).isEqualTo(before + 1);
        assertThat(session.audit().entries().get(session.audit().entries().size() - 1).subject()).isEqualTo(c.id());
    }

    @Test
    void theOrganisationOnceSetIsTheRegisteringOne() throws Exception {
        consent(ConsentDecision.GIVEN, Optional.of(ConsentSigner.PERSON), true);
        session.referrals().saveOrganisation(new ReferralService.Organisation("Gemeente Voorbeeld", ""),
                session.workerId());
        try {
            ComenshaFacts facts = session.reports().comenshaFacts(c.id(), "Wim Werker");
            ComenshaRegistration registration = new ComenshaRegistration(new BundleReportWords(Messages.of("en")));
            assertThat(registration.missing(facts)).isEmpty();
            assertThat(registration.fields(facts).get("Registering organisation")).contains("Gemeente Voorbeeld");
            assertThat(registration.fields(facts).get("Gender")).contains("Man");
        } finally {
            session.referrals().saveOrganisation(new ReferralService.Organisation("", ""), session.workerId());
        }
    }
}
