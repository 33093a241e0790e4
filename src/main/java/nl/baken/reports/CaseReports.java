package nl.baken.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.baken.audit.AuditLog;
import nl.baken.audit.AuditOutcome;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseSummary;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentService;
import nl.baken.intake.Intake;
import nl.baken.intake.IntakeRepository;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.intake.QuestionnaireSource;
import nl.baken.referral.PlainPdf;
import nl.baken.referral.Referral;
import nl.baken.referral.ReferralException;
import nl.baken.referral.ReferralService;
import nl.baken.store.Store;
import nl.baken.store.StoreException;

/**
 * The reports of one case that leave Baken as protected PDFs: the person's own data (access export) and the
 * CoMensha registration. Each export is one audit entry (case id only). Every method reads the database or writes
 * a file: call it off the FX thread.
 */
public final class CaseReports {

    /** The audit events of the two exports. */
    public static final String ACCESS_EXPORT = "ACCESS_EXPORT";
    public static final String COMENSHA_EXPORT = "COMENSHA_EXPORT";

    private final Store store;
    private final IntakeRepository intakes;
    private final QuestionnaireLibrary library;
    private final CaseDesk desk;
    private final ConsentService consent;
    private final ReferralService referrals;
    private final AuditLog audit;
    private final PlainPdf pdf;
    private final Clock clock;

    /** A saved CoMensha registration with its password and what the case lacks, or the reason none was made. */
    public record ComenshaExport(Optional<ComenshaRefusal> refusal, char[] password, List<String> missing) {
        public ComenshaExport {
            Objects.requireNonNull(refusal, "refusal");
            missing = List.copyOf(missing);
        }

        static ComenshaExport refused(ComenshaRefusal why) {
            return new ComenshaExport(Optional.of(why), null, List.of());
        }
    }

    public CaseReports(Store store, IntakeRepository intakes, QuestionnaireLibrary library, CaseDesk desk,
            ConsentService consent, ReferralService referrals, AuditLog audit, PlainPdf pdf, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.intakes = Objects.requireNonNull(intakes, "intakes");
        this.library = Objects.requireNonNull(library, "library");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.consent = Objects.requireNonNull(consent, "consent");
        this.referrals = Objects.requireNonNull(referrals, "referrals");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Everything kept about the person of this case (by id or reference); an unknown case is MISSING. */
    public AccessFacts accessFacts(String caseIdOrReference) {
        CaseFile c = caseFile(caseIdOrReference);
        List<IntakeRecord> records = intakeRecords(c.id());
        List<Referral> made = new ArrayList<>(referrals.referrals(c.id()));
        java.util.Collections.reverse(made);
        Map<String, String> partners = new HashMap<>();
        referrals.partners().forEach(p -> partners.put(p.id(), p.name()));
        var tasks = desk.tasksOf(c.id());
        var notes = desk.notesOf(c.id());
        Set<String> ids = new LinkedHashSet<>();
        ids.add(c.id());
        records.forEach(r -> ids.add(r.intake().id()));
        made.forEach(r -> ids.add(r.id()));
        tasks.forEach(t -> ids.add(t.id()));
        notes.forEach(n -> ids.add(n.id()));
        return new AccessFacts(c, records, consent.history(c.id()), made, partners, tasks, notes,
                desk.reflectionOf(c.id()), audit.about(ids), desk.workers(), referrals.organisation().name(),
                LocalDate.now(clock), new AccessFacts.Closing(
                        desk.summary(c.id()).flatMap(s -> s.closedAt()), desk.closeReason(c.id())));
    }

    /** Writes the access export of the case to {@code target} and returns its password, shown once then zeroed. */
    public char[] exportAccess(String caseIdOrReference, ReportWords words, Path target, String workerId)
            throws ReferralException {
        AccessFacts facts = accessFacts(caseIdOrReference);
        char[] password = exportOrRecordFailure(() -> pdf.export(new AccessReport(words).compose(facts), target),
                workerId, ACCESS_EXPORT, facts.caseFile().id());
        recordOrZero(workerId, ACCESS_EXPORT, facts.caseFile().id(), password);
        return password;
    }

    /** What a CoMensha registration of this case is made from; {@code workerName} registers it. */
    public ComenshaFacts comenshaFacts(String caseIdOrReference, String workerName) {
        CaseFile c = caseFile(caseIdOrReference);
        Set<nl.baken.questionnaire.Exploitation> forms = desk.summary(c.id()).map(CaseSummary::exploitationForms)
                .orElse(Set.of());
        return new ComenshaFacts(c, intakeRecords(c.id()), forms,
                Optional.ofNullable(consent.current(c.id()).get(ConsentPurpose.COMENSHA)),
                referrals.organisation().name(), workerName, LocalDate.now(clock));
    }

    /**
     * Writes the CoMensha registration to {@code target} when consent is in force and the signed form came in
     * (checked again here, as a referral's consent is); otherwise writes nothing and says why.
     */
    public ComenshaExport exportComensha(String caseIdOrReference, ReportWords words, Path target, String workerId,
            String workerName) throws ReferralException {
        ComenshaFacts facts = comenshaFacts(caseIdOrReference, workerName);
        Optional<ComenshaRefusal> refusal = ComenshaRegistration.refusal(facts);
        if (refusal.isPresent()) {
            audit.record(workerId, COMENSHA_EXPORT, facts.caseFile().id(), AuditOutcome.DENIED);
            return ComenshaExport.refused(refusal.get());
        }
        ComenshaRegistration registration = new ComenshaRegistration(words);
        char[] password = exportOrRecordFailure(() -> pdf.export(registration.compose(facts), target), workerId,
                COMENSHA_EXPORT, facts.caseFile().id());
        recordOrZero(workerId, COMENSHA_EXPORT, facts.caseFile().id(), password);
        return new ComenshaExport(Optional.empty(), password, registration.missing(facts));
    }

    /** The bundle key that words a failed report file: the referral's own, except that a render names no referral. */
    public static String failureKey(ReferralException e) {
        return e.reason() == ReferralException.Reason.RENDER_FAILED ? "report.error.render_failed"
                : e.reason().messageKey();
    }

    /** A PDF export that may fail to render or write. */
    private interface PdfExport {
        char[] run() throws ReferralException;
    }

    /** Runs {@code export}; a failure is one {@code FAILED} entry of {@code event} before it goes on up. */
    private char[] exportOrRecordFailure(PdfExport export, String workerId, String event, String caseId)
            throws ReferralException {
        try {
            return export.run();
        } catch (ReferralException | RuntimeException e) {
            audit.record(workerId, event, caseId, AuditOutcome.FAILED);
            throw e;
        }
    }

    private void recordOrZero(String workerId, String event, String caseId, char[] password) {
        try {
            audit.record(workerId, event, caseId);
        } catch (RuntimeException e) {
            Arrays.fill(password, '\0');
            throw e;
        }
    }

    private CaseFile caseFile(String caseIdOrReference) {
        return desk.find(caseIdOrReference).orElseThrow(() -> new StoreException(StoreException.Reason.MISSING, 0));
    }

    /** The case's intakes, oldest first, each with the questionnaire version kept in the vault, its answers and its draft. */
    private List<IntakeRecord> intakeRecords(String caseId) {
        List<IntakeRecord> out = new ArrayList<>();
        for (Intake intake : intakes.forCase(caseId)) {
            QuestionnaireSource source = library.fromVault(store, intake.questionnaireId(),
                    intake.questionnaireVersion()).orElseThrow(() -> new StoreException(
                            StoreException.Reason.UNREADABLE, 0));
            out.add(new IntakeRecord(intake, source.questionnaire(), intakes.answers(intake.id()),
                    intakes.draft(intake.id())));
        }
        return out;
    }
}
