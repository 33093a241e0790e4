package nl.baken.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.intake.Assessment;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.referral.Partner;
import nl.baken.referral.ReferralDraft;
import nl.baken.referral.ReferralSelection;
import nl.baken.session.UnlockedServices;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every action issue 15 lists writes exactly one audit entry, with all the NEN 7513 fields: who, what (event and
 * kind), when, which case, from where (the vault's id) and the outcome. One vault and one session for all; the lock
 * and the recovery code come last, since they end the session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditCoverageTest {

    private static final String OTHER = "second worker passphrase";
    @TempDir
    static Path dir;
    private static Vault vault;
    private static char[] recoveryCode;
    private static UnlockedServices session;
    private static CaseFile c;
    private static String vaultId;

    @BeforeAll
    static void openSessionAfterAFailedUnlock() {
        vault = new Vault(new DataDirectory(dir.resolve("vault")));
        recoveryCode = vault.setUp("admin", TestVault.PASSPHRASE.toCharArray());
        assertThatThrownBy(() -> vault.unlock("admin", "not the passphrase at all".toCharArray()))
                .isInstanceOf(VaultException.class);
        session = UnlockedServices.open(vault.unlock("admin", TestVault.PASSPHRASE.toCharArray()),
                Clock.systemDefaultZone(), null);
        vaultId = session.vault().store().vaultId().orElseThrow();
        c = ReferralCases.finishedIntakeBy(session.workerId(), session.intakes(), session.consent(), "shelter");
    }

    @AfterAll
    static void lock() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @Order(1)
    void aFailedUnlockIsKeptUntilTheNextUnlockAndTheUnlockIsRecorded() {
        List<AuditEvent> first = session.audit().entries().subList(0, 2);
        assertThat(first).extracting(AuditEvent::event).containsExactly("VAULT_UNLOCK", "VAULT_UNLOCK");
        assertThat(first).extracting(AuditEvent::outcome).containsExactly(AuditOutcome.DENIED, AuditOutcome.SUCCESS);
        first.forEach(e -> assertComplete(e, AuditAction.LOGIN, null));
        assertThat(dir.resolve("vault/failed-unlocks.txt")).doesNotExist();
    }

    @Test
    @Order(2)
    void openingTheCasePage() {
        assertComplete(only("CASE_VIEW", () -> session.desk().recordView(c.id(), session.workerId())),
                AuditAction.READ, c.id());
    }

    @Test
    @Order(3)
    void readingAnIntake() {
        String intakeId = session.intakes().summariesOf(c.id()).get(0).intake().id();
        assertComplete(only("INTAKE_READ", () -> session.intakes().read(intakeId, session.workerId())),
                AuditAction.READ, c.id());
    }

    @Test
    @Order(4)
    void previewingAndExportingAReferral() throws Exception {
        Partner shelter = session.referrals().partnerFor("shelter", "nl");
        ReferralDraft draft = session.referrals().draft(c.id(), shelter, "nl");
        ReferralSelection selection = ReferralSelection.preselected(draft);
        assertComplete(only("REFERRAL_PREVIEW", () -> {
            try {
                session.referrals().preview(draft, selection, session.workerId(), "Wim", 1, 30f);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), AuditAction.READ, c.id());
        Path target = dir.resolve("referral.pdf");
        assertComplete(only("REFERRAL_EXPORT", () -> {
            try {
                session.referrals().export(draft, selection, target, session.workerId(), "Wim");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), AuditAction.EXPORT, c.id());
    }

    @Test
    @Order(5)
    void changes() {
        assertComplete(only("TASK_ADD", () -> session.desk().addTask(c.id(), LocalDate.now().plusDays(3),
                Optional.empty(), "Bellen", session.workerId())), AuditAction.CREATE, c.id());
        assertComplete(only("CASE_ALIAS", () -> session.intakes().setAlias(c.id(), Optional.of("A."),
                session.workerId())), AuditAction.UPDATE, c.id());
        assertComplete(only("NOTE_ADD", () -> session.desk().addNote(c.id(), "Gesproken", session.workerId())),
                AuditAction.CREATE, c.id());
    }

    @Test
    @Order(6)
    void handingTheCaseOver() {
        String other = session.vault().addWorker("bea", OTHER.toCharArray());
        assertComplete(only("CASE_HANDOVER", () -> session.desk().handOver(c.id(), other, session.workerId())),
                AuditAction.UPDATE, c.id());
    }

    @Test
    @Order(7)
    void aNewIntakeAndItsFinish() {
        IntakeSession s = session.intakes().start(c.id(), TestVault.seed("intake-kort.yaml"),
                new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty()), session.workerId());
        assertThat(session.audit().entries()).filteredOn(e -> e.event().equals("INTAKE_START")).hasSize(2);
        assertComplete(only("INTAKE_FINISH", () -> session.intakes().finish(s.intake().id(), Assessment.NO, "", "",
                session.workerId())), AuditAction.UPDATE, c.id());
    }

    @Test
    @Order(8)
    void theLockThenTheRecoveryCodeAndTheUnlock() {
        int before = session.audit().entries().size();
        session.close();
        session = UnlockedServices.open(vault.recover(recoveryCode, "admin", TestVault.PASSPHRASE.toCharArray()),
                Clock.systemDefaultZone(), null);
        List<AuditEvent> added = session.audit().entries().subList(before, before + 3);
        assertThat(added).extracting(AuditEvent::event).containsExactly("VAULT_LOCK", "RECOVERY_CODE_USED",
                "VAULT_UNLOCK");
        assertComplete(added.get(0), AuditAction.LOGOUT, null);
        assertComplete(added.get(1), AuditAction.LOGIN, null);
        assertThat(session.audit().verify().verified()).isTrue();
    }

    /** Runs {@code action} and returns the one entry it wrote, which must be {@code event}. */
    private static AuditEvent only(String event, Runnable action) {
        int before = session.audit().entries().size();
        action.run();
        List<AuditEvent> all = session.audit().entries();
        assertThat(all.subList(before, all.size())).extracting(AuditEvent::event).containsExactly(event);
        return all.get(all.size() - 1);
    }

    private static void assertComplete(AuditEvent e, AuditAction action, String caseId) {
        assertThat(e.occurredAt()).isNotNull();
        assertThat(e.workerId()).isEqualTo(session.workerId());
        assertThat(e.action()).isEqualTo(action);
        assertThat(e.outcome()).isNotNull();
        assertThat(e.device()).isEqualTo(vaultId);
        assertThat(e.caseId()).isEqualTo(caseId);
        assertThat(e.hash()).hasSize(64);
    }
}
