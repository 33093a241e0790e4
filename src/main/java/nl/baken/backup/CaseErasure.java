package nl.baken.backup;

import static nl.baken.store.generated.Tables.ANSWER;
import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.CASE_NOTE;
import static nl.baken.store.generated.Tables.CASE_TASK;
import static nl.baken.store.generated.Tables.CONSENT;
import static nl.baken.store.generated.Tables.INTAKE;
import static nl.baken.store.generated.Tables.INTAKE_DRAFT;
import static nl.baken.store.generated.Tables.REFERRAL;
import static nl.baken.store.generated.Tables.REFLECTION_PERIOD;

import java.time.Clock;
import java.util.List;
import nl.baken.audit.AuditLog;
import nl.baken.audit.AuditOutcome;
import nl.baken.store.Store;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.Record1;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases one case for good (issue 14 part 6, ADR 0014): its rows (intakes, answers, drafts, consent, referrals,
 * tasks, notes, reflection period, the case itself) are left out of a rewrite of the whole database
 * ({@link Vault#rewrite}), so no page of the file that replaces the old one ever held them. The audit log keeps
 * {@value #AUDIT_EVENT} with the case id, the moment and the worker, never content. Refused while a referral of the
 * case is in progress, unless the worker confirms. Slow (the whole database is copied): off the FX thread.
 */
public final class CaseErasure {

    /** The audit event of an erasure; its subject is the case id. */
    public static final String AUDIT_EVENT = "CASE_ERASED";
    /**
     * Referral states that are still in progress (referral.ReferralStatus SAVED, SENT, ACCEPTED; backup may not use
     * the referral package, ARCHITECTURE.md): declined and closed ones are done.
     */
    static final List<String> IN_PROGRESS = List.of("SAVED", "SENT", "ACCEPTED");

    private static final Logger LOG = LoggerFactory.getLogger(CaseErasure.class);
    private final Vault vault;
    private final Clock clock;

    public CaseErasure(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    /** What erasing the case {@code caseId} would lose; refused for an unknown case. */
    public ErasureLosses losses(Store store, String caseId) {
        DSLContext dsl = store.dsl();
        String reference = dsl.select(CASE_FILE.REFERENCE).from(CASE_FILE).where(CASE_FILE.ID.eq(caseId))
                .fetchOptional(CASE_FILE.REFERENCE)
                .orElseThrow(() -> new ErasureException(ErasureException.Reason.UNKNOWN_CASE));
        return new ErasureLosses(caseId, reference,
                dsl.fetchCount(INTAKE, INTAKE.CASE_ID.eq(caseId)),
                dsl.fetchCount(ANSWER, ANSWER.INTAKE_ID.in(intakesOf(dsl, caseId))),
                dsl.fetchCount(CONSENT, CONSENT.CASE_ID.eq(caseId)),
                dsl.fetchCount(REFERRAL, REFERRAL.CASE_ID.eq(caseId)),
                dsl.fetchCount(REFERRAL, REFERRAL.CASE_ID.eq(caseId).and(REFERRAL.STATUS.in(IN_PROGRESS))),
                dsl.fetchCount(CASE_TASK, CASE_TASK.CASE_ID.eq(caseId)),
                dsl.fetchCount(CASE_NOTE, CASE_NOTE.CASE_ID.eq(caseId)));
    }

    /**
     * Erases the case and rewrites the database; {@code open} is locked on the way and the vault returned unlocked
     * again on the new file, for the same worker. Refused (nothing changed) for an unknown case, and for a case with
     * a referral in progress unless {@code despiteReferral}.
     */
    public UnlockedVault erase(UnlockedVault open, String caseId, boolean despiteReferral) {
        ErasureLosses losses = losses(open.store(), caseId);
        if (losses.referralInProgress() && !despiteReferral) {
            throw new ErasureException(ErasureException.Reason.REFERRAL_IN_PROGRESS);
        }
        String by = open.workerId();
        UnlockedVault reopened = vault.rewrite(open, dsl -> delete(dsl, caseId), store -> {
            AuditLog audit = new AuditLog(store, clock);
            // The case's rows are gone from the copy: the entry names its case itself (NEN 7513's "which case").
            store.inTransaction(dsl -> {
                audit.appendAbout(dsl, caseId, by, AUDIT_EVENT, caseId, AuditOutcome.SUCCESS);
                return null;
            });
            return store.check(audit::chainProblems);
        });
        LOG.info("case {} erased by slot {}", caseId, by);
        return reopened;
    }

    /** Deletes every row of the case, children first, so each foreign key still resolves. */
    static void delete(DSLContext dsl, String caseId) {
        Select<Record1<String>> intakes = intakesOf(dsl, caseId);
        dsl.deleteFrom(ANSWER).where(ANSWER.INTAKE_ID.in(intakes)).execute();
        dsl.deleteFrom(INTAKE_DRAFT).where(INTAKE_DRAFT.INTAKE_ID.in(intakes)).execute();
        // Another case's task or reflection period that names one of these intakes as its source only loses the link.
        dsl.update(CASE_TASK).setNull(CASE_TASK.SOURCE_INTAKE_ID)
                .where(CASE_TASK.SOURCE_INTAKE_ID.in(intakes).and(CASE_TASK.CASE_ID.ne(caseId))).execute();
        dsl.update(REFLECTION_PERIOD).setNull(REFLECTION_PERIOD.SOURCE_INTAKE_ID)
                .where(REFLECTION_PERIOD.SOURCE_INTAKE_ID.in(intakes).and(REFLECTION_PERIOD.CASE_ID.ne(caseId)))
                .execute();
        dsl.deleteFrom(CASE_TASK).where(CASE_TASK.CASE_ID.eq(caseId)).execute();
        dsl.deleteFrom(REFLECTION_PERIOD).where(REFLECTION_PERIOD.CASE_ID.eq(caseId)).execute();
        dsl.deleteFrom(CASE_NOTE).where(CASE_NOTE.CASE_ID.eq(caseId)).execute();
        dsl.deleteFrom(CONSENT).where(CONSENT.CASE_ID.eq(caseId)).execute();
        dsl.deleteFrom(REFERRAL).where(REFERRAL.CASE_ID.eq(caseId)).execute();
        dsl.deleteFrom(INTAKE).where(INTAKE.CASE_ID.eq(caseId)).execute();
        dsl.deleteFrom(CASE_FILE).where(CASE_FILE.ID.eq(caseId)).execute();
    }

    private static Select<Record1<String>> intakesOf(DSLContext dsl, String caseId) {
        return dsl.select(INTAKE.ID).from(INTAKE).where(INTAKE.CASE_ID.eq(caseId));
    }
}
