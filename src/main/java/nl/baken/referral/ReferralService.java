package nl.baken.referral;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.baken.audit.AuditLog;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseRepository;
import nl.baken.consent.ConsentService;
import nl.baken.i18n.Messages;
import nl.baken.intake.Intake;
import nl.baken.intake.IntakeRepository;
import nl.baken.intake.IntakeStatus;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.intake.QuestionnaireSource;
import nl.baken.questionnaire.Audience;
import nl.baken.store.SettingsRepository;
import nl.baken.store.Store;
import nl.baken.store.StoreException;

/**
 * Referrals for the app and the command line: the partner directory, composing a case's referral, exporting it
 * (checking consent again), recording it on the case and following its status. Every export and status change is
 * written to the audit log with ids only. Every method touches the database or files: call it off the FX thread.
 */
public final class ReferralService {

    /** Setting names of the organisation shown as the sender of every referral. */
    public static final String SETTING_ORGANISATION = "organisation_name";
    public static final String SETTING_CONTACT = "organisation_contact";

    private final Store store;
    private final CaseRepository cases;
    private final IntakeRepository intakes;
    private final QuestionnaireLibrary library;
    private final ConsentService consent;
    private final PartnerRepository partners;
    private final ReferralRepository referrals;
    private final SettingsRepository settings;
    private final ReferralExportService exporter;
    private final ReferralPreview preview;
    private final ReferralComposer composer;
    private final AuditLog audit;
    private final Clock clock;
    private final Function<String, Messages> messages;

    /** The organisation that sends referrals, as kept in the vault's settings. */
    public record Organisation(String name, String contact) {
        public Organisation {
            name = name == null ? "" : name.strip();
            contact = contact == null ? "" : contact.strip();
        }
    }

    /** A saved referral and its password, which the caller shows once and then zeroes. */
    public record Exported(Referral referral, char[] password) {
    }

    public ReferralService(Store store, CaseRepository cases, IntakeRepository intakes, QuestionnaireLibrary library,
            ConsentService consent, PartnerRepository partners, ReferralRepository referrals,
            SettingsRepository settings, ReferralExportService exporter, ReferralPreview preview, AuditLog audit,
            Clock clock, Function<String, Messages> messages) {
        this.store = Objects.requireNonNull(store, "store");
        this.cases = cases;
        this.intakes = intakes;
        this.library = library;
        this.consent = consent;
        this.partners = partners;
        this.referrals = referrals;
        this.settings = settings;
        this.exporter = exporter;
        this.preview = preview;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
        this.composer = new ReferralComposer(messages);
    }

    public ReferralComposer composer() {
        return composer;
    }

    public ReferralExportService exporter() {
        return exporter;
    }

    /** Adds the national partners from the jar that the vault lacks; returns the problems of skipped entries. */
    public List<PartnerProblem> ensureNationalPartners(Messages m) {
        return new PartnerSeeds(m).ensure(partners);
    }

    /**
     * The national partners from the jar, then the data directory's own {@code partners.yaml} when present; returns
     * that file's problems (nothing of it is saved then), for the caller to show.
     */
    public List<PartnerProblem> ensurePartners(Messages m, java.nio.file.Path dataDirectory) {
        new PartnerSeeds(m).ensure(partners);
        return new LocalPartners(m).ensure(partners, dataDirectory);
    }

    public List<Partner> partners() {
        return partners.list();
    }

    public Optional<Partner> partner(String id) {
        return partners.find(id);
    }

    /** The first partner of this audience in the directory, else a generic one named after the audience. */
    public Partner partnerFor(String audience, String language) {
        if (!Audience.isKnown(audience)) {
            throw new IllegalArgumentException("unknown audience");
        }
        return partners.list().stream().filter(p -> p.audience().equals(audience)).findFirst()
                .orElseGet(() -> new Partner("generic-" + audience.replace('_', '-'),
                        capitalise(messages.apply(language).text(Audience.of(audience).labelKey())), audience, null,
                        null, null, null, false));
    }

    /** Adds a regional partner (id empty) or changes one; national partners come from the seeds and stay. */
    public Partner saveRegionalPartner(Optional<String> id, String name, String audience, String contactPerson,
            String phone, String secureEmail, String notes, String workerId) {
        if (id.isPresent() && partners.find(id.get()).map(Partner::national).orElse(false)) {
            throw new IllegalArgumentException("national partners are not edited here");
        }
        Partner p = new Partner(id.orElseGet(() -> "regional-" + UUID.randomUUID()), name.strip(), audience,
                blankToNull(contactPerson), blankToNull(phone), blankToNull(secureEmail), blankToNull(notes), false);
        partners.save(p);
        audit.record(workerId, id.isPresent() ? "PARTNER_CHANGE" : "PARTNER_ADD", p.id());
        return p;
    }

    /** Removes a regional partner; referrals already made keep its id. */
    public void removeRegionalPartner(String id, String workerId) {
        Partner p = partners.find(id).orElseThrow(() -> new StoreException(StoreException.Reason.MISSING, 0));
        if (p.national()) {
            throw new IllegalArgumentException("national partners are not removed here");
        }
        partners.remove(id);
        audit.record(workerId, "PARTNER_REMOVE", id);
    }

    public Organisation organisation() {
        return new Organisation(settings.get(SETTING_ORGANISATION).orElse(""), settings.get(SETTING_CONTACT).orElse(""));
    }

    public void saveOrganisation(Organisation organisation, String workerId) {
        settings.put(SETTING_ORGANISATION, organisation.name());
        settings.put(SETTING_CONTACT, organisation.contact());
        audit.record(workerId, "SETTINGS_ORGANISATION", null);
    }

    /** Cases that have a finished intake, newest first: the ones a referral can be made for. */
    public List<CaseFile> referableCases() {
        return cases.withFinishedIntake();
    }

    public Optional<CaseFile> caseFile(String caseId) {
        return cases.find(caseId);
    }

    /** The case, read for the referral screen; the view is written to the audit log (case id only). */
    public Optional<CaseFile> openCase(String caseId, String workerId) {
        Optional<CaseFile> found = cases.find(caseId);
        found.ifPresent(c -> audit.record(workerId, "REFERRAL_OPEN", c.id()));
        return found;
    }

    /**
     * The case's material: its finished intakes (oldest first), or when none is finished its latest intake, each
     * with the questionnaire version kept in the vault, and the consent decisions in force.
     */
    public CaseMaterial material(String caseId) throws ReferralException {
        CaseFile caseFile = cases.find(caseId).orElseThrow(() -> new StoreException(StoreException.Reason.MISSING, 0));
        List<Intake> all = intakes.forCase(caseId);
        List<Intake> chosen = all.stream().filter(i -> i.status() == IntakeStatus.FINISHED).toList();
        if (chosen.isEmpty() && !all.isEmpty()) {
            chosen = List.of(all.get(all.size() - 1));
        }
        if (chosen.isEmpty()) {
            throw new ReferralException(ReferralException.Reason.NO_INTAKE, null);
        }
        List<CaseMaterial.IntakeMaterial> out = new ArrayList<>();
        for (Intake intake : chosen) {
            QuestionnaireSource source = library.fromVault(store, intake.questionnaireId(),
                    intake.questionnaireVersion()).orElseThrow(() -> new StoreException(StoreException.Reason.UNREADABLE, 0));
            out.add(new CaseMaterial.IntakeMaterial(intake.id(), source.questionnaire(), intakes.answers(intake.id())));
        }
        return new CaseMaterial(caseFile, out, consent.current(caseId));
    }

    /** What a referral of this case to this partner could hold, in the referral's language. */
    public ReferralDraft draft(String caseId, Partner partner, String language) throws ReferralException {
        return composer.draft(material(caseId), partner, language);
    }

    /** The document for a selection, with the sender from the vault's settings. */
    public ReferralDocument document(ReferralDraft draft, ReferralSelection selection, String workerName)
            throws ReferralException {
        Organisation org = organisation();
        Messages m = messages.apply(draft.language());
        String orgName = org.name().isEmpty() ? m.text("referral.organisation.unset") : org.name();
        return composer.document(draft, selection, new ReferralDocument.Sender(workerName, orgName, org.contact()),
                orgName, LocalDate.now(clock));
    }

    /**
     * The first pages of the referral as images, rendered in memory for the preview before saving; the preview is
     * written to the audit log (case id only).
     */
    public ReferralPreview.Pages preview(ReferralDraft draft, ReferralSelection selection, String workerId,
            String workerName, int maxPages, float dpi) throws ReferralException {
        ReferralPreview.Pages pages = preview.render(document(draft, selection, workerName), maxPages, dpi);
        audit.record(workerId, "REFERRAL_PREVIEW", draft.caseId());
        return pages;
    }

    /**
     * Checks consent again (it may have been withdrawn since the draft), writes the protected PDF to
     * {@code target}, records the referral on the case and in the audit log, and returns it with its password.
     */
    public Exported export(ReferralDraft draft, ReferralSelection selection, Path target, String workerId,
            String workerName) throws ReferralException {
        if (!consent.mayShareWith(draft.caseId(), draft.partner().audience())) {
            throw new ReferralException(ReferralException.Reason.NO_CONSENT, null);
        }
        ReferralDocument document = document(draft, selection, workerName);
        char[] password = exporter.export(document, target);
        try {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<String> items = draft.items().stream().map(ReferralDraft.DraftItem::questionId)
                    .filter(selection.items()::contains).toList();
            List<Referral.OutsideShare> outside = draft.items().stream()
                    .filter(i -> !i.shared() && selection.items().contains(i.questionId()))
                    .map(i -> new Referral.OutsideShare(i.questionId(), selection.reasons().get(i.questionId())))
                    .toList();
            Referral referral = new Referral(UUID.randomUUID().toString(), draft.caseId(), draft.partner().id(), now,
                    workerId, draft.language(), selection.includeName() && draft.name().isPresent(), items, outside,
                    ReferralStatus.SAVED, Optional.empty(), now);
            referrals.create(referral);
            cases.touch(draft.caseId(), now);
            audit.record(workerId, "REFERRAL_EXPORT", referral.id());
            return new Exported(referral, password);
        } catch (RuntimeException e) {
            Arrays.fill(password, '\0');
            throw e;
        }
    }

    /**
     * Records a referral as the demo data has it: made at the clock's time to {@code partner}, holding
     * {@code items}, standing at {@code status} since {@code statusChangedAt}, with no file. Refused (empty) without
     * consent to share with the partner's audience, as an export is. For demo data only: a real referral is
     * {@link #export exported}.
     */
    public Optional<Referral> recordDemo(String caseId, Partner partner, List<String> items, ReferralStatus status,
            OffsetDateTime statusChangedAt, String workerId) {
        if (!consent.mayShareWith(caseId, partner.audience())) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Referral referral = new Referral(UUID.randomUUID().toString(), caseId, partner.id(), now, workerId, "nl",
                false, items, List.of(), status, Optional.empty(), status == ReferralStatus.SAVED ? now
                        : statusChangedAt);
        referrals.create(referral);
        cases.touch(caseId, now);
        audit.record(workerId, "REFERRAL_EXPORT", referral.id());
        if (status != ReferralStatus.SAVED) {
            audit.record(workerId, "REFERRAL_STATUS_" + status.name(), referral.id());
        }
        return Optional.of(referral);
    }

    public List<Referral> referrals(String caseId) {
        return referrals.forCase(caseId);
    }

    /** Sets a referral's status (accepted, declined, closed) with an optional note; the case's last activity moves. */
    public void setStatus(String referralId, ReferralStatus status, String note, String workerId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.inTransaction(dsl -> {
            referrals.setStatus(referralId, status, Optional.ofNullable(blankToNull(note)), now);
            referrals.find(referralId).ifPresent(r -> cases.touch(r.caseId(), now));
            audit.append(dsl, workerId, "REFERRAL_STATUS_" + status.name(), referralId);
            return null;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
