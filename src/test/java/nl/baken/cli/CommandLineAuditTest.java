package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.baken.audit.AuditAction;
import nl.baken.audit.AuditEvent;
import nl.baken.audit.AuditLog;
import nl.baken.audit.AuditOutcome;
import nl.baken.support.Cli;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's views and backups each leave exactly one entry with all the NEN 7513 fields (issue 15): the
 * lists and the search between the unlock and the lock of their run, a backup verify in the vault it is a backup of,
 * a restore in the restored vault, and a refused audit list as DENIED. The log is read read-only, so reading it
 * adds nothing.
 */
class CommandLineAuditTest {

    private static final String PASS = "a long passphrase here";
    private static final String BOB = "bob has another passphrase";
    private static final Path PROJECT = Path.of(System.getProperty("baken.projectDir", "."));

    @TempDir
    Path dir;
    private Path home;

    @BeforeEach
    void vaultWithACase() {
        home = dir.resolve("home");
        assertThat(Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", home.toString()).exit())
                .isZero();
        Cli.Result imported = run(PASS, "case", "import", "--questionnaire",
                PROJECT.resolve("seeds/questionnaires/short-intake.yaml").toString(), "--answers",
                PROJECT.resolve("docs/examples/short-intake-answers-sample.yaml").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @Test
    void everyListAndTheSearchIsOneReadBetweenTheUnlockAndTheLock() {
        assertOneRead("CASE_LIST_VIEW", "case", "list");
        assertOneRead("ALIAS_REVEAL", "case", "list", "--with-alias");
        assertOneRead("ERASURE_DUE_VIEW", "case", "list", "--due-for-erasure");
        assertOneRead("TASK_LIST_VIEW", "case", "tasks");
        assertOneRead("DEADLINE_LIST_VIEW", "case", "deadlines");
        List<AuditEvent> search = assertOneRead("CASE_SEARCH", "case", "search", "Sam");
        assertThat(search).allSatisfy(e -> assertThat(String.valueOf(e.caseId()) + e.event()).doesNotContain("Sam"));
        assertThat(verifiedCount(home)).isPositive();
    }

    @Test
    void anAuditListByAWorkerWhoIsNoAdministratorIsOneDeniedEntry() {
        assertThat(Cli.run(PASS + "\n" + BOB + "\n", "vault", "add-worker", "bob", "--data-dir", home.toString())
                .exit()).isZero();
        List<AuditEvent> before = entries(home);
        Cli.Result refused = run(BOB, "audit", "list");
        assertThat(refused.exit()).isEqualTo(ExitCodes.FAILURE);
        List<AuditEvent> added = added(before, entries(home));
        assertThat(added).extracting(AuditEvent::event).containsExactly("VAULT_UNLOCK", "AUDIT_VIEW", "VAULT_LOCK");
        assertThat(added.get(1).outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(added.get(1).workerId()).isEqualTo(added.get(0).workerId());
        assertComplete(added.get(1), AuditAction.READ);
    }

    @Test
    void aBackupIsRecordedWhenMadeWhenVerifiedAndInTheVaultItIsRestoredInto() {
        Path file = dir.resolve("vault.bkn");
        assertOneEntry("BACKUP_CREATE", AuditAction.EXPORT, "backup", "create", "--out", file.toString(), "--quiet");

        List<AuditEvent> before = entries(home);
        Cli.Result verify = run(PASS, "backup", "verify", file.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
        List<AuditEvent> added = added(before, entries(home));
        assertThat(added).extracting(AuditEvent::event).containsExactly("BACKUP_VERIFY");
        assertThat(added.get(0).workerId()).isEqualTo(before.get(0).workerId());
        assertComplete(added.get(0), AuditAction.READ);
        assertThat(verifiedCount(home)).isEqualTo(before.size() + 1);

        Path other = dir.resolve("other");
        assertThat(Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", other.toString()).exit())
                .isZero();
        int otherEntries = entries(other).size();
        Cli.Result elsewhere = Cli.run(PASS + "\n", "backup", "verify", file.toString(), "--data-dir",
                other.toString(), "--lang", "en");
        assertThat(elsewhere.exit()).as(elsewhere.err()).isZero();
        assertThat(elsewhere.out()).startsWith("OK (");
        assertThat(elsewhere.err()).contains("not in an audit log");
        assertThat(entries(other)).hasSize(otherEntries);

        Path restored = dir.resolve("restored");
        int live = entries(home).size();
        Cli.Result restore = Cli.run(PASS + "\n", "backup", "restore", file.toString(), "--data-dir",
                restored.toString(), "--lang", "en");
        assertThat(restore.exit()).as(restore.err()).isZero();
        List<AuditEvent> inRestored = entries(restored);
        AuditEvent last = inRestored.get(inRestored.size() - 1);
        assertThat(last.event()).isEqualTo("BACKUP_RESTORE");
        assertThat(last.workerId()).isEqualTo(before.get(0).workerId());
        assertComplete(last, AuditAction.UPDATE);
        assertThat(verifiedCount(restored)).isEqualTo(inRestored.size());
        assertThat(entries(home)).hasSize(live);
    }

    private Cli.Result run(String passphrase, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--data-dir", home.toString(), "--lang", "en"}, 0, all, args.length, 4);
        return Cli.run(passphrase + "\n", all);
    }

    /** Runs a command that must write exactly {@code event} between its unlock and its lock, as a READ. */
    private List<AuditEvent> assertOneRead(String event, String... command) {
        return assertOneEntry(event, AuditAction.READ, command);
    }

    private List<AuditEvent> assertOneEntry(String event, AuditAction action, String... command) {
        List<AuditEvent> before = entries(home);
        Cli.Result result = run(PASS, command);
        assertThat(result.exit()).as(result.err()).isZero();
        List<AuditEvent> added = added(before, entries(home));
        assertThat(added).as(String.join(" ", command)).extracting(AuditEvent::event)
                .containsExactly("VAULT_UNLOCK", event, "VAULT_LOCK");
        assertThat(added.get(1).workerId()).isEqualTo(added.get(0).workerId());
        assertThat(added.get(1).outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertComplete(added.get(1), action);
        return added;
    }

    private static void assertComplete(AuditEvent e, AuditAction action) {
        assertThat(e.occurredAt()).isNotNull();
        assertThat(e.workerId()).isNotBlank();
        assertThat(e.action()).isEqualTo(action);
        assertThat(e.device()).isNotBlank();
        assertThat(e.caseId()).isNull();
        assertThat(e.hash()).hasSize(64);
    }

    private static List<AuditEvent> added(List<AuditEvent> before, List<AuditEvent> after) {
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        return after.subList(before.size(), after.size());
    }

    /** The log as it is, opened read-only: reading writes nothing. */
    private static List<AuditEvent> entries(Path data) {
        try (UnlockedVault open = new Vault(new DataDirectory(data)).openForCheck("anna", PASS.toCharArray())) {
            return new AuditLog(open.store(), Clock.systemUTC()).entries();
        }
    }

    /** The count the chain and its anchor verify with. */
    private static long verifiedCount(Path data) {
        Cli.Result verify = Cli.run(PASS + "\n", "audit", "verify", "--data-dir", data.toString(), "--lang", "en");
        assertThat(verify.exit()).as(verify.err() + verify.out()).isZero();
        return Long.parseLong(verify.out().replaceAll("\\D", "")) - 1; // audit verify records itself after counting
    }
}
