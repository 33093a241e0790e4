package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.baken.audit.AuditLog;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseStatus;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.store.Store;
import nl.baken.support.TestVault;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's writes are one transaction even when a step inside it commits on its own elsewhere (the audit's
 * {@code record}, a repository's write): the step joins the running transaction instead of committing the
 * import's work half-way, so a failure after it leaves nothing (issue 11 item 7).
 */
class ImportTransactionTest {

    @TempDir
    Path dir;

    @Test
    void aStepThatCommitsOnItsOwnJoinsTheRunningTransaction() {
        try (TestVault vault = TestVault.in(dir)) {
            Store store = vault.open().store();
            JooqCaseRepository cases = new JooqCaseRepository(store);
            AuditLog audit = vault.audit();
            int auditBefore = audit.entries().size();
            CaseFile c = new CaseFile("case-1", "BK-2026-TEST", Optional.empty(), CaseStatus.OPEN,
                    OffsetDateTime.now(), "w1");

            assertThatThrownBy(() -> store.inTransaction(tx -> {
                cases.create(c);
                audit.record("w1", "CASE_CREATE", c.id());
                throw new IllegalStateException("failure half-way");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(cases.list()).as("nothing of the failed transaction committed").isEmpty();
            assertThat(audit.entries()).hasSize(auditBefore);
            vault.reopen();
            assertThat(new JooqCaseRepository(vault.open().store()).list()).isEmpty();
            assertThat(vault.audit().firstBrokenEntry()).isEmpty();
        }
    }

    @Test
    void insideATransactionTheStoreHandsOutThatTransactionsContext() {
        try (TestVault vault = TestVault.in(dir)) {
            Store store = vault.open().store();

            boolean same = store.inTransaction(tx -> store.dsl() == tx);
            boolean sameInner = store.inTransaction(tx -> store.inTransaction(inner -> store.dsl() == inner));
            DSLContext during = store.inTransaction(tx -> store.dsl());

            assertThat(same).isTrue();
            assertThat(sameInner).isTrue();
            assertThat(during).isNotSameAs(store.dsl());
        }
    }
}
