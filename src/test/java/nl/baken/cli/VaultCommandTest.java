package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.baken.support.Cli;
import nl.baken.support.TempDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultCommandTest {

    private static final String PASS = "a long passphrase here";

    @TempDir
    Path dir;

    @Test
    void initCheckAndWrongPassphrase() throws Exception {
        Cli.Result init = Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(init.exit()).isZero();
        assertThat(init.out()).containsPattern("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");

        Cli.Result ok = Cli.run(PASS + "\n", "vault", "check", "--data-dir", dir.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out().strip()).matches("OK \\(\\d+ tables, \\d+ rows, \\d+ sealed values, \\d+ large objects\\)");

        Cli.Result wrong = Cli.run("not the passphrase\n", "vault", "check", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(wrong.exit()).isEqualTo(ExitCodes.WRONG_PASSPHRASE);
        assertThat(wrong.err().strip()).isEqualTo("This passphrase is not right.").doesNotContain("\n");
        assertThat(wrong.out()).isEmpty();
        assertThat(dir.resolve("failed-unlocks.txt")).as("a guess through a check is kept for the audit log too")
                .exists();
        Cli.Result audit = Cli.run(PASS + "\n", "audit", "list", "--data-dir", dir.toString());
        assertThat(audit.out().lines().filter(l -> l.contains("VAULT_UNLOCK") && l.contains("DENIED"))).hasSize(1);

        assertThat(TempDirs.filesContaining(dir, List.of(PASS, "anna heeft"))).isEmpty();
    }

    @Test
    void checkRefusesATruncatedDatabaseAndLeavesItByteIdentical() throws Exception {
        Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", dir.toString());
        java.nio.file.Path db = dir.resolve("baken.mv.db");
        byte[] bytes = java.nio.file.Files.readAllBytes(db);
        for (int size : new int[] {0, 4096}) {
            java.nio.file.Files.write(db, java.util.Arrays.copyOf(bytes, size));
            String before = TempDirs.sha256(db);
            Cli.Result check = Cli.run(PASS + "\n", "vault", "check", "--data-dir", dir.toString(), "--lang", "en");
            assertThat(check.exit()).isEqualTo(ExitCodes.FAILURE);
            assertThat(check.out()).isEmpty();
            assertThat(check.err()).contains("The vault is damaged").contains("backup").doesNotContain("Exception");
            assertThat(TempDirs.sha256(db)).isEqualTo(before);
        }
    }

    @Test
    void addWorkerThenPasswdThenTheOldPassphraseFails() {
        Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", dir.toString());
        Cli.Result add = Cli.run(PASS + "\nbob has his own passphrase\n", "vault", "add-worker", "bob",
                "--data-dir", dir.toString());
        assertThat(add.exit()).isZero();
        assertThat(Cli.run("bob has his own passphrase\n", "vault", "check", "--data-dir", dir.toString()).exit()).isZero();

        Cli.Result passwd = Cli.run("bob has his own passphrase\nbob changed his passphrase\n", "vault", "passwd",
                "--worker", "bob", "--data-dir", dir.toString());
        assertThat(passwd.exit()).isZero();
        assertThat(Cli.run("bob has his own passphrase\n", "vault", "check", "--data-dir", dir.toString()).exit())
                .isEqualTo(ExitCodes.WRONG_PASSPHRASE);
        assertThat(Cli.run("bob changed his passphrase\n", "vault", "check", "--worker", "bob",
                "--data-dir", dir.toString()).exit()).isZero();

        assertThat(Cli.run(PASS + "\n", "vault", "remove-worker", "bob", "--data-dir", dir.toString()).exit()).isZero();
        assertThat(Cli.run("bob changed his passphrase\n", "vault", "check", "--data-dir", dir.toString()).exit())
                .isEqualTo(ExitCodes.WRONG_PASSPHRASE);
    }

    @Test
    void checkOnAnEmptyDirectorySaysSoAndCreatesNothing() throws Exception {
        Path empty = dir.resolve("nothing-here");
        Cli.Result r = Cli.run(PASS + "\n", "vault", "check", "--data-dir", empty.toString(), "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("no vault here");
        assertThat(empty).doesNotExist();
    }

    @Test
    void versionAndHelp() {
        assertThat(Cli.run("", "--version").out()).startsWith("baken ");
        Cli.Result help = Cli.run("", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("vault");
    }
}
