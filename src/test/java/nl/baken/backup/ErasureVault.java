package nl.baken.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.referral.Partner;
import nl.baken.referral.ReferralStatus;
import nl.baken.session.UnlockedServices;
import nl.baken.support.ReferralCases;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;

/**
 * A vault for the erasure tests, filled through the real services: cases with the sample intake finished and
 * consent, a note and a task each, and on request a referral sent to CoMensha (in progress).
 */
final class ErasureVault {

    static final String PASSPHRASE = "erasure test passphrase";
    final Vault vault;
    UnlockedServices session;

    ErasureVault(Path dir) {
        vault = new Vault(new DataDirectory(dir));
        vault.setUp("tester", PASSPHRASE.toCharArray());
        session = UnlockedServices.open(vault.unlock("tester", PASSPHRASE.toCharArray()), Clock.systemUTC(), null);
    }

    UnlockedVault open() {
        return session.vault();
    }

    /** A case as described above; {@code referred}: with a referral sent and not yet answered. */
    CaseFile newCase(boolean referred) {
        // In one transaction: one durable commit for the case instead of one per answer.
        return open().store().inTransaction(dsl -> makeCase(referred));
    }

    private CaseFile makeCase(boolean referred) {
        String worker = session.workerId();
        CaseFile c = ReferralCases.finishedIntakeBy(worker, session.intakes(), session.consent(), "shelter");
        session.desk().addNote(c.id(), "Notitie bij " + c.reference(), worker);
        session.desk().addTask(c.id(), LocalDate.now().plusDays(3), Optional.empty(), "Bellen", worker);
        if (referred) {
            Partner comensha = session.referrals().partner("comensha").orElseThrow();
            session.referrals().recordDemo(c.id(), comensha, List.of(), ReferralStatus.SENT, OffsetDateTime.now(),
                    worker).orElseThrow();
        }
        return c;
    }

    /** Erases through {@link CaseErasure} and carries on with the vault it hands back. */
    ErasureLosses erase(String caseId, boolean despiteReferral) {
        CaseErasure erasure = new CaseErasure(vault, Clock.systemUTC());
        ErasureLosses losses = erasure.losses(open().store(), caseId);
        UnlockedVault reopened = erasure.erase(open(), caseId, despiteReferral);
        session.close();
        session = UnlockedServices.open(reopened, Clock.systemUTC(), null);
        return losses;
    }

    void close() {
        session.close();
    }
}
