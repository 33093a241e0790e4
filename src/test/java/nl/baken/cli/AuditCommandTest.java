package nl.baken.cli;

import static nl.baken.store.generated.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.support.Cli;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baken audit verify} and {@code baken audit list} on one vault: a refused unlock is listed, the filters
 * select, {@code vault passwd} is audited, and a row edited in the database makes verify name it, exit 1.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditCommandTest {

    private static final String PASS = TestVault.PASSPHRASE + "\n";
    private static final String NEW_PASS = "the tester's new passphrase";
    @TempDir
    static Path dir;
    private static CaseFile c;

    @BeforeAll
    static void aVaultWithACase() {
        try (TestVault vault = TestVault.in(dir)) {
            c = vault.intakes().createCase(Optional.empty(), vault.open().workerId());
        }
    }

    private static Cli.Result run(String stdin, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        all[args.length + 2] = "--lang";
        all[args.length + 3] = "en";
        return Cli.run(stdin, all);
    }

    @Test
    @Order(1)
    void aRefusedUnlockIsListedAtTheNextAndEveryLineHasItsFiveFields() {
        assertThat(run("not the passphrase at all\n", "audit", "list").exit()).isEqualTo(ExitCodes.WRONG_PASSPHRASE);
        Cli.Result list = run(PASS, "audit", "list");
        assertThat(list.exit()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(5));
        assertThat(lines).anySatisfy(l -> assertThat(l).endsWith("\tVAULT_UNLOCK\t-\tDENIED"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\ttester\tCASE_CREATE\t" + c.reference()
                + "\tSUCCESS"));
    }

    @Test
    @Order(2)
    void theFiltersSelect() {
        String today = LocalDate.now().toString();
        Cli.Result list = run(PASS, "audit", "list", "--case", c.reference(), "--worker", "tester", "--from", today,
                "--to", today);
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\t" + c.reference() + "\t"));
        Cli.Result bad = run("", "audit", "list", "--from", "2026-13-01");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run(PASS, "audit", "list", "--worker", "nobody").exit()).isEqualTo(ExitCodes.FAILURE);
    }

    @Test
    @Order(3)
    void passwdIsAudited() {
        Cli.Result passwd = run(TestVault.PASSPHRASE + "\n" + NEW_PASS + "\n", "vault", "passwd");
        assertThat(passwd.exit()).isZero();
        Cli.Result list = run(NEW_PASS + "\n", "audit", "list", "--worker", "tester");
        assertThat(list.out().lines()).anySatisfy(l -> assertThat(l).contains("\tPASSPHRASE_CHANGE\t-\tSUCCESS"));
    }

    @Test
    @Order(4)
    void verifySaysOkThenNamesTheEditedEntry() {
        Cli.Result ok = run(NEW_PASS + "\n", "audit", "verify");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out().strip()).matches("OK \\(\\d+ entries\\)");
        try (TestVault vault = TestVault.in(dir, NEW_PASS)) {
            vault.open().store().dsl().update(AUDIT_EVENT).set(AUDIT_EVENT.EVENT, "CASE_VIEW")
                    .where(AUDIT_EVENT.ID.eq(2L)).execute();
        }
        Cli.Result broken = run(NEW_PASS + "\n", "audit", "verify");
        assertThat(broken.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(broken.err().strip()).isEqualTo("Audit entry 2 breaks the chain: the entry was changed or moved.");
    }
}
