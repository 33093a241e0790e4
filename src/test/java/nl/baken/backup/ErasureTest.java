package nl.baken.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.baken.audit.AuditEvent;
import nl.baken.cases.CaseFile;
import nl.baken.vault.VaultDump;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasing a case: every row of it is gone, the other cases are as they were, the audit log says CASE_ERASED with the
 * case id and the worker, the rewritten vault passes its check; a referral in progress refuses it unless confirmed,
 * and a refusal changes nothing. One vault for the class; the tests run in order on it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErasureTest {

    @TempDir
    static Path dir;
    private static ErasureVault v;
    private static CaseFile referred;
    private static CaseFile erased;
    private static CaseFile kept;

    @BeforeAll
    static void fill() {
        v = new ErasureVault(dir.resolve("vault"));
        referred = v.newCase(true);
        erased = v.newCase(false);
        kept = v.newCase(false);
    }

    @AfterAll
    static void close() {
        v.close();
    }

    @Test
    @Order(1)
    void aReferralInProgressRefusesTheErasureAndNothingChanges() {
        List<String> before = VaultDump.of(v.open().store());
        CaseErasure erasure = new CaseErasure(v.vault, java.time.Clock.systemUTC());
        assertThat(erasure.losses(v.open().store(), referred.id()).referralsInProgress()).isEqualTo(1);
        assertThatThrownBy(() -> erasure.erase(v.open(), referred.id(), false))
                .isInstanceOfSatisfying(ErasureException.class,
                        e -> assertThat(e.reason()).isEqualTo(ErasureException.Reason.REFERRAL_IN_PROGRESS));
        assertThatThrownBy(() -> erasure.erase(v.open(), "no-such-case", true))
                .isInstanceOfSatisfying(ErasureException.class,
                        e -> assertThat(e.reason()).isEqualTo(ErasureException.Reason.UNKNOWN_CASE));
        assertThat(v.open().isClosed()).isFalse();
        assertThat(VaultDump.of(v.open().store())).isEqualTo(before);
    }

    @Test
    @Order(2)
    void erasingRemovesEveryRowOfTheCaseKeepsTheOthersAndRecordsItInTheAuditLog() {
        Set<String> ids = idsOf(erased.id());
        List<String> before = VaultDump.of(v.open().store());
        List<String> caseEventsBefore = v.session.audit().about(ids).stream().map(AuditEvent::hash).toList();

        ErasureLosses losses = v.erase(erased.id(), false);

        assertThat(losses.reference()).isEqualTo(erased.reference());
        assertThat(losses.intakes()).isEqualTo(1);
        assertThat(losses.answers()).isGreaterThan(30);
        assertThat(losses.consents()).isEqualTo(2);
        assertThat(losses.tasks()).isGreaterThanOrEqualTo(1);
        assertThat(losses.notes()).isEqualTo(1);
        assertThat(losses.referrals()).isZero();
        List<String> after = VaultDump.of(v.open().store());
        assertThat(withoutAudit(after)).as("the other cases' rows, exactly as before")
                .isEqualTo(withoutAudit(before).stream().filter(line -> ids.stream().noneMatch(line::contains))
                        .toList());
        assertThat(withoutAudit(after)).noneMatch(line -> ids.stream().anyMatch(line::contains));
        assertThat(v.session.desk().find(kept.id())).isPresent();
        assertThat(v.session.desk().find(erased.id())).isEmpty();

        List<AuditEvent> log = v.session.audit().entries();
        AuditEvent erasure = log.stream().filter(e -> e.event().equals(CaseErasure.AUDIT_EVENT)).findFirst()
                .orElseThrow();
        assertThat(erasure.subject()).isEqualTo(erased.id());
        assertThat(erasure.workerId()).isEqualTo(v.session.workerId());
        assertThat(erasure.caseId()).as("the entry names the erased case").isEqualTo(erased.id());
        assertThat(erasure.outcome()).isEqualTo(nl.baken.audit.AuditOutcome.SUCCESS);
        assertThat(v.session.audit().about(ids).stream().map(AuditEvent::hash))
                .as("the earlier entries about the case stay (ids and events only), the erasure added")
                .containsAll(caseEventsBefore).hasSize(caseEventsBefore.size() + 1);
        assertThat(v.session.check().healthy()).isTrue();
        assertThat(dir.resolve("vault").resolve("baken-rewrite.mv.db")).doesNotExist();
    }

    @Test
    @Order(3)
    void aConfirmedErasureGoesAheadDespiteTheReferral() {
        Set<String> ids = idsOf(referred.id());
        ErasureLosses losses = v.erase(referred.id(), true);
        assertThat(losses.referrals()).isEqualTo(1);
        assertThat(withoutAudit(VaultDump.of(v.open().store()))).noneMatch(line -> ids.stream().anyMatch(line::contains));
        assertThat(v.session.referrals().referrals(referred.id())).isEmpty();
        assertThat(v.session.desk().find(kept.id())).isPresent();
        assertThat(v.session.check().healthy()).isTrue();
    }

    @Test
    @Order(4)
    void aLeftoverOfAnInterruptedRewriteIsRemovedAtTheNextUnlock() throws Exception {
        Path leftover = dir.resolve("vault").resolve("baken-rewrite.mv.db");
        v.session.close();
        Files.write(leftover, new byte[4096]);
        v.session = nl.baken.session.UnlockedServices.open(
                v.vault.unlock("tester", ErasureVault.PASSPHRASE.toCharArray()), java.time.Clock.systemUTC(), null);
        assertThat(leftover).doesNotExist();
        assertThat(v.session.desk().find(kept.id())).isPresent();
    }

    /** The case id and the ids of its intakes, referrals, tasks and notes. */
    private static Set<String> idsOf(String caseId) {
        var dsl = v.open().store().dsl();
        Set<String> ids = new java.util.TreeSet<>(Set.of(caseId));
        ids.addAll(dsl.select(nl.baken.store.generated.Tables.INTAKE.ID).from(nl.baken.store.generated.Tables.INTAKE)
                .where(nl.baken.store.generated.Tables.INTAKE.CASE_ID.eq(caseId)).fetch().getValues(0, String.class));
        ids.addAll(dsl.select(nl.baken.store.generated.Tables.REFERRAL.ID).from(nl.baken.store.generated.Tables.REFERRAL)
                .where(nl.baken.store.generated.Tables.REFERRAL.CASE_ID.eq(caseId)).fetch().getValues(0, String.class));
        ids.addAll(dsl.select(nl.baken.store.generated.Tables.CASE_TASK.ID).from(nl.baken.store.generated.Tables.CASE_TASK)
                .where(nl.baken.store.generated.Tables.CASE_TASK.CASE_ID.eq(caseId)).fetch().getValues(0, String.class));
        ids.addAll(dsl.select(nl.baken.store.generated.Tables.CASE_NOTE.ID).from(nl.baken.store.generated.Tables.CASE_NOTE)
                .where(nl.baken.store.generated.Tables.CASE_NOTE.CASE_ID.eq(caseId)).fetch().getValues(0, String.class));
        return ids;
    }

    private static List<String> withoutAudit(List<String> dump) {
        return dump.stream().filter(line -> !line.startsWith("audit_event") && !line.startsWith("AUDIT_EVENT")).toList();
    }
}
