package nl.baken.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.baken.store.Sealer;
import nl.baken.store.Store;
import org.h2.store.fs.FileUtils;
import org.junit.jupiter.api.Test;

/** The unlock screen's warm-up: real reads on a scratch database that leaves no file behind. */
class SessionWarmUpTest {

    @Test
    void runsTheSessionsReadsOnAScratchDatabaseAndLeavesNothingBehind() throws IOException {
        List<String> tempBefore = listing(Path.of(System.getProperty("java.io.tmpdir")));

        SessionWarmUp.Result result = SessionWarmUp.run(SessionWarmUp.WhileOpen.NOTHING);

        // 20 cases listed in each of 150 rounds: the list's query really read rows, it did not fail quietly.
        assertThat(result.rows()).isEqualTo(3000);
        assertThat(SessionWarmUp.firstRun()).isCompleted();
        assertThat(scratchFiles()).isEmpty();
        assertThat(listing(Path.of(System.getProperty("java.io.tmpdir")))).isEqualTo(tempBefore);
    }

    @Test
    void letsTheCallerUseTheScratchSessionBeforeItIsClosed() {
        long[] listed = {-1};

        SessionWarmUp.Result result = SessionWarmUp.run(scratch -> listed[0] = scratch.caseListing().count());

        assertThat(listed[0]).isEqualTo(20);
        assertThat(result.rows()).isEqualTo(3000);
        assertThat(scratchFiles()).isEmpty();
    }

    @Test
    void aFailureOfTheCallerIsOnlyNotedTheScratchDatabaseIsStillDeleted() {
        SessionWarmUp.Result result = SessionWarmUp.run(scratch -> {
            throw new IllegalStateException("on screen");
        });

        assertThat(result.rows()).isEqualTo(-1);
        assertThat(scratchFiles()).isEmpty();
    }

    @Test
    void aScratchStoreHasTheVaultsSchemaAndIsDeletedWhenItCloses() {
        byte[] key = new byte[32];
        Store store = Store.scratch(Sealer.forDatabaseKey(key));
        try {
            assertThat(store.dsl().fetchCount(nl.baken.store.generated.Tables.CASE_FILE)).isZero();
            assertThat(scratchFiles()).hasSize(1);
            assertThat(store.vaultId()).as("a vault row, as a real vault has").isPresent();
            // The audit log keeps one chain there: no upgrade entry (and log line) at each entry of the warm-up.
            nl.baken.audit.AuditLog audit = new nl.baken.audit.AuditLog(store, java.time.Clock.systemUTC());
            for (int i = 0; i < 3; i++) {
                audit.record("warm-up", "VAULT_UNLOCK", null);
            }
            assertThat(store.dsl().fetchCount(nl.baken.store.generated.Tables.AUDIT_EVENT,
                    nl.baken.store.generated.Tables.AUDIT_EVENT.EVENT.eq(nl.baken.audit.AuditLog.CHAIN_UPGRADE)))
                    .isZero();
            assertThat(store.dsl().fetchCount(nl.baken.store.generated.Tables.AUDIT_EVENT)).isEqualTo(3);
        } finally {
            store.close();
        }
        assertThat(scratchFiles()).isEmpty();
    }

    private static List<String> scratchFiles() {
        return FileUtils.newDirectoryStream("memFS:").stream()
                .filter(name -> name.contains("baken-scratch")).toList();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).sorted().toList();
        }
    }
}
