package nl.baken.session;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.baken.audit.AuditOutcome;
import nl.baken.vault.FailedUnlock;
import nl.baken.audit.AuditLog;
import nl.baken.backup.VaultAuditAnchor;
import nl.baken.cases.CaseListing;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseRepository;
import nl.baken.cases.CaseSearchIndex;
import nl.baken.cases.IndexedCaseRepository;
import nl.baken.cases.IndexedNoteRepository;
import nl.baken.cases.JooqCaseListing;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.cases.JooqNoteRepository;
import nl.baken.cases.JooqReflectionRepository;
import nl.baken.cases.JooqTaskRepository;
import nl.baken.consent.ConsentService;
import nl.baken.consent.JooqConsentRepository;
import nl.baken.i18n.Messages;
import nl.baken.intake.IntakeRepository;
import nl.baken.intake.IntakeService;
import nl.baken.intake.JooqIntakeRepository;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.intake.ResumableIntakes;
import nl.baken.referral.FontFiles;
import nl.baken.referral.JooqPartnerRepository;
import nl.baken.referral.JooqReferralRepository;
import nl.baken.referral.PdfProtection;
import nl.baken.referral.PlainPdf;
import nl.baken.referral.ReferralExportService;
import nl.baken.referral.ReferralPassword;
import nl.baken.referral.ReferralPdf;
import nl.baken.referral.ReferralPreview;
import nl.baken.referral.ReferralService;
import nl.baken.referral.SafePdfWriter;
import nl.baken.referral.WaitingReferrals;
import nl.baken.reports.CaseReports;
import nl.baken.reports.StatisticsService;
import nl.baken.store.CheckReport;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.store.Store;
import nl.baken.vault.UnlockedVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that exists only while the vault is unlocked: the open vault and the services built on its store.
 * Closing the session is the lock. Built and closed on the background thread, never on the FX thread.
 */
public final class UnlockedServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UnlockedServices.class);
    private final UnlockedVault vault;
    private final AuditLog audit;
    private final Clock clock;
    private final CaseDesk desk;
    private final IntakeService intakes;
    private final ConsentService consent;
    private final ReferralService referrals;
    private final CaseReports reports;
    /** The session's search over aliases and notes: in memory only, cleared at lock. */
    private final CaseSearchIndex searchIndex = new CaseSearchIndex();
    private final CaseListing caseListing;
    private final ResumableIntakes resumableIntakes;
    private final WaitingReferrals waitingReferrals;
    private final StatisticsService statistics;

    /** The one place where repositories and services are made: each once, on the vault's store. */
    private UnlockedServices(UnlockedVault vault, Clock clock, Path extraQuestionnaires) {
        this(vault, vault.store(), VaultAuditAnchor.auditLog(vault, clock), vault::workers, clock,
                extraQuestionnaires);
    }

    /**
     * The services on {@code store}; {@code vault} is null only for {@link SessionWarmUp}'s scratch store, which calls
     * nothing that needs the vault.
     */
    UnlockedServices(UnlockedVault vault, Store store, AuditLog audit,
                     Supplier<Map<String, String>> workers, Clock clock,
                     Path extraQuestionnaires) {
        this.vault = vault;
        this.clock = clock;
        SecureRandom random = new SecureRandom();
        CaseRepository cases = new IndexedCaseRepository(new JooqCaseRepository(store), searchIndex);
        this.resumableIntakes = new ResumableIntakes(store);
        this.waitingReferrals = new WaitingReferrals(store);
        IntakeRepository intakeRecords = new JooqIntakeRepository(store);
        QuestionnaireLibrary library = new QuestionnaireLibrary(extraQuestionnaires);
        this.audit = audit;
        this.desk = new CaseDesk(store, cases, new JooqTaskRepository(store),
                new IndexedNoteRepository(new JooqNoteRepository(store), searchIndex),
                new JooqReflectionRepository(store), audit, clock, clock.getZone(), workers);
        this.caseListing = new JooqCaseListing(store, desk);
        this.intakes = new IntakeService(store, cases, intakeRecords, library, desk, audit, clock, random);
        this.consent = new ConsentService(new JooqConsentRepository(store), audit, clock, desk::caseTouched);
        ReferralPdf pdf = new ReferralPdf(Messages::of, FontFiles.dejaVuSans());
        ReferralExportService exporter = new ReferralExportService(pdf, new PdfProtection(random),
                new ReferralPassword(random), new SafePdfWriter());
        this.referrals = new ReferralService(store, cases, intakeRecords, library, consent,
                new JooqPartnerRepository(store), new JooqReferralRepository(store), new JooqSettingsRepository(store),
                exporter, new ReferralPreview(pdf), audit, clock, Messages::of);
        this.reports = new CaseReports(store, intakeRecords, library, desk, consent, referrals, audit,
                new PlainPdf(FontFiles.dejaVuSans(), new PdfProtection(random), new ReferralPassword(random),
                        new SafePdfWriter()), clock);
        this.statistics = new StatisticsService(store, library, audit, clock.getZone());
    }

    /**
     * Wraps a freshly unlocked vault and records the unlock in the audit log. {@code extraQuestionnaires} is the
     * data directory's folder for questionnaires added by a form author (may be absent).
     */
    public static UnlockedServices open(UnlockedVault vault, Clock clock, Path extraQuestionnaires) {
        UnlockedServices session = new UnlockedServices(vault, clock, extraQuestionnaires);
        session.recordUnlock();
        // The national partners reach the vault at the first unlock (and any that a newer version adds later).
        session.referrals.ensureNationalPartners(Messages.of("en"));
        return session;
    }

    /**
     * The unlock's entries, in one transaction: the refused unlocks kept in the data directory since the last one
     * (each at its own time, outcome DENIED), the use of the recovery code when it opened the vault, and the unlock.
     * The kept refusals are forgotten once that is committed (a crash in between records them again, never loses them).
     */
    private void recordUnlock() {
        List<FailedUnlock> refused = vault.failedUnlocks();
        vault.store().inTransaction(dsl -> {
            for (FailedUnlock f : refused) {
                audit.recordEarlier(f.at().atOffset(ZoneOffset.UTC), f.slotId().isEmpty() ? null : f.slotId(),
                        f.kind() == FailedUnlock.Kind.RECOVERY_CODE ? "RECOVERY_CODE_USED" : "VAULT_UNLOCK",
                        f.slotId().isEmpty() ? null : f.slotId(), AuditOutcome.DENIED);
            }
            if (vault.openedWithRecoveryCode()) {
                audit.append(dsl, vault.workerId(), "RECOVERY_CODE_USED", vault.workerId());
            }
            audit.append(dsl, vault.workerId(), "VAULT_UNLOCK", null);
            return null;
        });
        if (!refused.isEmpty()) {
            vault.forgetFailedUnlocks();
        }
    }

    /**
     * The full vault check (see {@link nl.baken.store.Store#check}), audit chain included, on the store's own check
     * session: slow on a large vault, so the app runs it on a thread of its own after unlock.
     */
    public CheckReport check() {
        return vault.store().check(audit::chainProblems);
    }

    public UnlockedVault vault() {
        return vault;
    }

    public AuditLog audit() {
        return audit;
    }

    public IntakeService intakes() {
        return intakes;
    }

    /** Tasks, notes, reflection periods, closing, hand-over, search and the home screen's counts. */
    public CaseDesk desk() {
        return desk;
    }

    public ConsentService consent() {
        return consent;
    }

    public ReferralService referrals() {
        return referrals;
    }

    /** The access export and the CoMensha registration of a case. */
    public CaseReports reports() {
        return reports;
    }

    /** The case list's queries (plain columns; aliases only to fill {@link #searchIndex()}). */
    public CaseListing caseListing() {
        return caseListing;
    }

    /** The search over references, aliases and notes, kept for this session only. */
    public CaseSearchIndex searchIndex() {
        return searchIndex;
    }

    public ResumableIntakes resumableIntakes() {
        return resumableIntakes;
    }

    public WaitingReferrals waitingReferrals() {
        return waitingReferrals;
    }

    /** The statistics of a period (cases with statistics consent only, small counts as {@code <5}). */
    public StatisticsService statistics() {
        return statistics;
    }

    public Clock clock() {
        return clock;
    }

    public String workerId() {
        return vault.workerId();
    }

    /** Records the lock, drops the search index, closes the database and zeroes the key. */
    @Override
    public void close() {
        searchIndex.clear();
        if (vault.isClosed()) {
            return;
        }
        recordLock();
        vault.close();
    }

    /** As {@link #close()}, compacting the database file first (slow: after a demo run, not at a lock). */
    public void closeCompacted() {
        if (vault.isClosed()) {
            return;
        }
        recordLock();
        vault.closeCompacted();
    }

    private void recordLock() {
        try {
            audit.record(vault.workerId(), "VAULT_LOCK", null);
        } catch (RuntimeException e) {
            LOG.warn("could not record the lock: {}", e.getClass().getName());
        }
    }
}
