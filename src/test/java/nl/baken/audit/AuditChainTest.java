package nl.baken.audit;

import static nl.baken.store.generated.Tables.AUDIT_EVENT;
import static nl.baken.store.generated.Tables.VAULT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.baken.backup.VaultAuditAnchor;
import nl.baken.store.Sealer;
import nl.baken.store.Store;
import nl.baken.support.TestVault;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit chain against someone who can run SQL on the open database but lacks the key: an edited, deleted or
 * reordered row, and newest rows dropped, each fail verification at the right entry; an untouched log verifies;
 * the SHA-256 entries from before V8 stay verifiable before the upgrade entry; the anchor in keyslots.json
 * catches a drop (RekeyTest: it survives a rekey). One store for the plain cases (emptied before each), one real vault for the key slots.
 */
class AuditChainTest {

    @TempDir
    static Path dir;
    private static Store store;
    private AuditLog audit;
    private MemoryAnchor anchor;

    /** The anchor as the key slots keep it, in memory: advances only forward. */
    static final class MemoryAnchor implements AuditAnchor {
        Optional<Head> head = Optional.empty();

        @Override
        public Optional<Head> read() {
            return head;
        }

        @Override
        public void advance(Head next) {
            if (head.isEmpty() || head.get().count() < next.count()) {
                head = Optional.of(next);
            }
        }
    }

    @BeforeAll
    static void createStore() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        char[] hex = java.util.HexFormat.of().formatHex(key).toCharArray();
        store = Store.create(dir.resolve("audit"), hex, Sealer.forDatabaseKey(key), UUID.randomUUID().toString());
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @BeforeEach
    void emptyLog() {
        store.dsl().deleteFrom(AUDIT_EVENT).execute();
        store.dsl().update(VAULT).setNull(VAULT.AUDIT_SECRET).execute();
        anchor = new MemoryAnchor();
        audit = new AuditLog(store, Clock.systemUTC(), anchor);
        for (int i = 1; i <= 6; i++) {
            audit.record("w1", "CASE_VIEW", "case-" + i);
        }
    }

    @Test
    void anUntouchedLogVerifies() {
        AuditCheck check = audit.verify();
        assertThat(check.verified()).isTrue();
        assertThat(check.entries()).isEqualTo(6);
        assertThat(anchor.read()).hasValueSatisfying(h -> assertThat(h.count()).isEqualTo(6));
        assertThat(audit.entries()).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(e.device()).isEqualTo(store.vaultId().orElseThrow());
        });
    }

    @Test
    void anEntryCommittedWhileTheLogIsReadDoesNotMakeItLookShort() {
        // Another thread records (and anchors) an entry at the moment the check reads the anchor: the entries the
        // check then reads hold it, so a sound log verifies. Read the other way round, the anchor led the entries
        // read before it and the log looked short (MISSING), which locked a sound vault after unlock.
        AuditLog other = new AuditLog(store, Clock.systemUTC(), anchor);
        AuditAnchor racing = new AuditAnchor() {
            @Override
            public Optional<Head> read() {
                other.record("w2", "CASE_VIEW", "case-7");
                return anchor.read();
            }

            @Override
            public void advance(Head head) {
                anchor.advance(head);
            }
        };
        AuditCheck check = new AuditVerifier(store.sealer(), racing).verify(store.dsl());
        assertThat(check.verified()).as(String.valueOf(check.problem())).isTrue();
        assertThat(check.entries()).isEqualTo(7);
    }

    @Test
    void aCaseNamedByTheCallerIsKeptAndChained() {
        // An erasure's entry: the case's rows are gone, so the caller names the case.
        store.inTransaction(dsl -> {
            audit.appendAbout(dsl, "gone-case", "w1", "CASE_ERASED", "gone-case", AuditOutcome.SUCCESS);
            return null;
        });
        AuditEvent last = audit.entries().get(6);
        assertThat(last.caseId()).isEqualTo("gone-case");
        assertThat(last.action()).isEqualTo(AuditAction.DELETE);
        assertThat(audit.verify().verified()).isTrue();
    }

    @Test
    void anEditedRowBreaksAtThatRow() {
        store.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.WORKER_ID, "w2").where(AUDIT_EVENT.ID.eq(3L)).execute();
        assertBroken(3, AuditCheck.Problem.CHANGED);
    }

    @Test
    void anEditedOutcomeOrDeviceBreaksToo() {
        store.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.OUTCOME, "DENIED").where(AUDIT_EVENT.ID.eq(2L)).execute();
        assertBroken(2, AuditCheck.Problem.CHANGED);
    }

    @Test
    void aDeletedRowIsNamedAsMissing() {
        store.dsl().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(4L)).execute();
        assertBroken(4, AuditCheck.Problem.MISSING);
    }

    @Test
    void reorderedRowsBreakAtTheFirstMoved() {
        // Rows 2 and 5 swap places: each keeps its fields (sealed values included), only the ids change.
        store.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.ID, 100L).where(AUDIT_EVENT.ID.eq(2L)).execute();
        store.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.ID, 2L).where(AUDIT_EVENT.ID.eq(5L)).execute();
        store.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.ID, 5L).where(AUDIT_EVENT.ID.eq(100L)).execute();
        assertThat(audit.verify().brokenAt()).contains(2L);
    }

    @Test
    void droppedNewestRowsAreFoundByTheAnchorAndTheAnchorStaysBehind() {
        store.dsl().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.ge(5L)).execute();
        assertThat(new AuditLog(store, Clock.systemUTC()).verify().verified()).as("the chain alone").isTrue();
        assertBroken(5, AuditCheck.Problem.MISSING);
        // New entries on top of the shortened log never move the anchor on: that would hide the drop.
        for (int i = 0; i < 4; i++) {
            audit.record("w1", "CASE_VIEW", "later-" + i);
        }
        assertThat(anchor.read().orElseThrow().count()).isEqualTo(6);
        assertThat(audit.verify().verified()).isFalse();
    }

    @Test
    void theLegacySegmentVerifiesBeforeTheUpgradeEntry() {
        store.dsl().deleteFrom(AUDIT_EVENT).execute();
        store.dsl().update(VAULT).setNull(VAULT.AUDIT_SECRET).execute();
        String previous = AuditChain.GENESIS;
        OffsetDateTime at = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);
        for (long id = 1; id <= 3; id++) {
            String hash = AuditChain.legacy(previous, at, "w1", "CASE_CREATE", "old-" + id);
            store.dsl().insertInto(AUDIT_EVENT, AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.WORKER_ID,
                    AUDIT_EVENT.EVENT, AUDIT_EVENT.SUBJECT, AUDIT_EVENT.PREV_HASH, AUDIT_EVENT.HASH)
                    .values(id, at, "w1", "CASE_CREATE", store.sealer().seal(AUDIT_EVENT.SUBJECT, "old-" + id, id),
                            previous, hash).execute();
            previous = hash;
        }
        AuditLog upgraded = new AuditLog(store, Clock.systemUTC(), new MemoryAnchor());
        assertThat(upgraded.verify().verified()).isTrue();
        upgraded.record("w1", "VAULT_UNLOCK", null);
        assertThat(upgraded.entries()).extracting(AuditEvent::event)
                .containsExactly("CASE_CREATE", "CASE_CREATE", "CASE_CREATE", AuditLog.CHAIN_UPGRADE, "VAULT_UNLOCK");
        assertThat(upgraded.verify().verified()).isTrue();
        store.dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.EVENT, "CASE_VIEW").where(AUDIT_EVENT.ID.eq(2L)).execute();
        assertThat(upgraded.verify().brokenAt()).contains(2L);
    }

    @Test
    void withoutTheSecretNoEntryCanBeRewrittenAsLegacy() {
        // Someone who removes the chain's secret to pass the HMAC entries off as SHA-256 ones.
        store.dsl().update(VAULT).setNull(VAULT.AUDIT_SECRET).execute();
        assertThat(audit.verify().verified()).isFalse();
    }

    @Test
    void theKeySlotsAnchorCatchesADrop(@TempDir Path home) {
        Vault vault = new Vault(new DataDirectory(home));
        vault.setUp("admin", TestVault.PASSPHRASE.toCharArray());
        try (UnlockedVault open = vault.unlock("admin", TestVault.PASSPHRASE.toCharArray())) {
            AuditLog log = VaultAuditAnchor.auditLog(open, Clock.systemUTC());
            for (int i = 0; i < 5; i++) {
                log.record(open.workerId(), "CASE_VIEW", "c" + i);
            }
            assertThat(open.auditHead()).hasValueSatisfying(h -> assertThat(h.count()).isEqualTo(5));
            assertThat(log.verify().verified()).isTrue();
            open.store().dsl().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(5L)).execute();
            AuditCheck check = log.verify();
            assertThat(check.brokenAt()).contains(5L);
            assertThat(check.problem()).isEqualTo(AuditCheck.Problem.MISSING);
            assertThat(open.store().check(log::chainProblems).problems()).singleElement().asString()
                    .startsWith("AUDIT_EVENT 5:");
        }
    }

    private void assertBroken(long id, AuditCheck.Problem problem) {
        AuditCheck check = audit.verify();
        assertThat(check.brokenAt()).contains(id);
        assertThat(check.problem()).isEqualTo(problem);
    }
}
