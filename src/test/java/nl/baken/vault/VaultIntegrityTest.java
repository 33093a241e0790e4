package nl.baken.vault;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseStatus;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.store.Store;
import nl.baken.store.StoreException;
import nl.baken.support.TempDirs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a damaged vault is never mistaken for a good or an empty one. Emptied, truncated or schema-less
 * databases are refused by unlock and by the check and left byte-identical; a sealed value moved to another row
 * fails its tag; key slots and a database that do not belong together are refused; a failed setup leaves nothing.
 */
class VaultIntegrityTest {

    private static final char[] ANNA = "anna heeft een lange zin".toCharArray();

    @TempDir
    Path tempDir;
    Path dir;
    Vault vault;

    @BeforeEach
    void setUp() {
        dir = tempDir;
        vault = new Vault(new DataDirectory(dir));
        vault.setUp("anna", ANNA.clone());
        try (UnlockedVault open = vault.unlock("anna", ANNA.clone())) {
            var cases = new JooqCaseRepository(open.store());
            cases.create(new CaseFile("case-a", "BK-A", Optional.of("Anna-alias"), CaseStatus.values()[0],
                    OffsetDateTime.now(), "w1"));
            cases.create(new CaseFile("case-b", "BK-B", Optional.of("Bea-alias"), CaseStatus.values()[0],
                    OffsetDateTime.now(), "w1"));
        }
    }

    @Test
    void anEmptiedDatabaseIsRefusedByUnlockAndByTheCheckAndLeftAsItIs() throws Exception {
        Files.write(dir.resolve("baken.mv.db"), new byte[0]);
        assertRefusedUnchanged();
        assertThat(Files.size(dir.resolve("baken.mv.db"))).isZero();
    }

    @Test
    void aTruncatedDatabaseIsRefusedByUnlockAndByTheCheckAndLeftAsItIs() throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("baken.mv.db"));
        byte[] slots = Files.readAllBytes(dir.resolve("keyslots.json"));
        for (int size : new int[] {100, 4096, 12288, bytes.length / 2}) {
            // A directory per size: H2 keeps a file it failed to open locked for the rest of the JVM's life.
            dir = tempDir.resolve("truncated-" + size);
            Files.createDirectories(dir);
            Files.write(dir.resolve("keyslots.json"), slots);
            Path db = dir.resolve("baken.mv.db");
            Files.write(db, java.util.Arrays.copyOf(bytes, size));
            vault = new Vault(new DataDirectory(dir));
            assertRefusedUnchanged();
            assertThat(Files.size(db)).isEqualTo(size);
        }
    }

    @Test
    void anEncryptedDatabaseWithoutSchemaHistoryIsRefusedNotGivenAFreshSchema() throws Exception {
        byte[] key;
        try (UnlockedVault open = vault.unlock("anna", ANNA.clone())) {
            key = open.databaseKeyCopy();
        }
        Files.delete(dir.resolve("baken.mv.db"));
        String hex = new String(Secrets.hex(key));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("baken") + ";CIPHER=AES", "baken",
                hex + " " + hex)) {
            c.createStatement().execute("CREATE TABLE something_else (x INT)");
        }
        assertRefusedUnchanged();
    }

    @Test
    void aSealedValueMovedToAnotherRowFailsItsTag() throws Exception {
        try (UnlockedVault open = vault.unlock("anna", ANNA.clone())) {
            Store store = open.store();
            // Inside the valid outer encryption: case b gets case a's sealed alias, byte for byte.
            byte[] sealedA = store.dsl().select(CASE_FILE.ALIAS).from(CASE_FILE).where(CASE_FILE.ID.eq("case-a"))
                    .fetchOne(CASE_FILE.ALIAS);
            store.dsl().update(CASE_FILE).set(CASE_FILE.ALIAS, sealedA).where(CASE_FILE.ID.eq("case-b")).execute();
            var cases = new JooqCaseRepository(store);
            assertThat(cases.find("case-a").flatMap(CaseFile::alias)).contains("Anna-alias");
            Throwable t = catchThrowable(() -> cases.find("case-b"));
            assertThat(t).isInstanceOf(StoreException.class);
            assertThat(((StoreException) t).reason()).isEqualTo(StoreException.Reason.DAMAGED);
            assertThat(((StoreException) t).where()).isEqualTo("CASE_FILE case-b");
            assertThat(t.getMessage()).doesNotContain("Anna").doesNotContain("Bea");
            assertThat(store.check().problems()).containsExactly("CASE_FILE case-b: ALIAS fails its tag");
        }
    }

    @Test
    void aFlippedBitInASealedValueFailsItsTag() {
        try (UnlockedVault open = vault.unlock("anna", ANNA.clone())) {
            Store store = open.store();
            byte[] sealed = store.dsl().select(CASE_FILE.ALIAS).from(CASE_FILE).where(CASE_FILE.ID.eq("case-a"))
                    .fetchOne(CASE_FILE.ALIAS);
            sealed[sealed.length - 3] ^= 0x10;
            store.dsl().update(CASE_FILE).set(CASE_FILE.ALIAS, sealed).where(CASE_FILE.ID.eq("case-a")).execute();
            assertThat(store.check().problems()).containsExactly("CASE_FILE case-a: ALIAS fails its tag");
        }
    }

    @Test
    void keySlotsFromAnotherVaultAreRefused(@TempDir Path other) throws Exception {
        new Vault(new DataDirectory(other)).setUp("anna", ANNA.clone());
        Files.copy(other.resolve("keyslots.json"), dir.resolve("keyslots.json"), StandardCopyOption.REPLACE_EXISTING);
        assertRefusedUnchanged();
    }

    @Test
    void aDatabaseWhoseVaultIdDiffersFromTheKeySlotsIsRefused() throws Exception {
        try (UnlockedVault open = vault.unlock("anna", ANNA.clone())) {
            open.store().dsl().execute("UPDATE \"VAULT\" SET \"VAULT_ID\" = '00000000-0000-0000-0000-000000000000'");
        }
        assertRefusedUnchanged();
    }

    @Test
    void aVaultIdEditedInTheKeySlotsBreaksTheirMac() throws Exception {
        Path slots = dir.resolve("keyslots.json");
        Files.writeString(slots, Files.readString(slots).replaceFirst("\"vaultId\" : \"[0-9a-f-]{36}\"",
                "\"vaultId\" : \"00000000-0000-0000-0000-000000000000\""));
        Map<Path, String> before = hashes();
        assertThatThrownBy(() -> vault.unlock("anna", ANNA.clone()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.KEYSLOTS_TAMPERED);
        assertThat(hashes()).isEqualTo(before);
    }

    @Test
    void aSetupThatFailsLeavesNothingBehind(@TempDir Path fresh) throws Exception {
        // The key slots cannot be written (their temporary file's name is taken by a directory).
        Files.createDirectories(fresh.resolve("keyslots.json.new").resolve("blocker"));
        Vault failing = new Vault(new DataDirectory(fresh));
        assertThatThrownBy(() -> failing.setUp("anna", ANNA.clone())).isInstanceOf(VaultException.class);
        assertThat(fresh.resolve("keyslots.json")).doesNotExist();
        assertThat(fresh.resolve("baken.mv.db")).doesNotExist();
        assertThat(fresh.resolve("baken-setup.mv.db")).doesNotExist();
        assertThat(failing.state()).isEqualTo(Vault.State.NEW);
    }

    @Test
    void theCheckOpensReadOnlyAndCountsWhatItRead() throws Exception {
        Map<Path, String> before = hashes();
        try (UnlockedVault open = vault.openForCheck("anna", ANNA.clone())) {
            assertThat(open.store().isReadOnly()).isTrue();
            var report = open.store().check();
            assertThat(report.problems()).isEmpty();
            assertThat(report.rowsPerTable()).containsEntry("CASE_FILE", 2L).containsEntry("VAULT", 1L);
            assertThat(report.sealedValues()).isGreaterThanOrEqualTo(2);
            assertThatThrownBy(() -> open.store().dsl().execute("DELETE FROM \"CASE_FILE\""))
                    .isInstanceOf(nl.baken.store.StoreException.class);
        }
        assertThat(hashes()).isEqualTo(before);
    }

    private void assertRefusedUnchanged() throws Exception {
        Map<Path, String> before = hashes();
        assertThatThrownBy(() -> vault.unlock("anna", ANNA.clone()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.DATABASE_DAMAGED);
        assertThat(hashes()).as("unlock changed nothing").isEqualTo(before);
        assertThatThrownBy(() -> vault.openForCheck(null, ANNA.clone()))
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.DATABASE_DAMAGED);
        assertThat(hashes()).as("the check changed nothing").isEqualTo(before);
    }

    private Map<Path, String> hashes() throws Exception {
        Map<Path, String> map = new TreeMap<>();
        for (Path f : TempDirs.files(dir)) {
            if (!f.startsWith(dir.resolve("logs"))) {
                map.put(f, TempDirs.sha256(f));
            }
        }
        return map;
    }
}
