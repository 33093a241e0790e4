package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.baken.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup and rekey commands: OK lines, one clear line and its exit code on every refusal, nothing changed. */
class BackupCommandTest {

    private static final String PASS = "a long passphrase here";
    private static final String BOB = "bob has his own passphrase";

    @TempDir
    Path dir;

    @Test
    void createVerifyRestoreAndTheRefusals() throws Exception {
        Path home = dir.resolve("home");
        assertThat(Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", home.toString()).exit())
                .isZero();
        assertThat(Cli.run(PASS + "\n", "demo", "--cases", "3", "--seed", "1", "--data-dir", home.toString()).exit())
                .isZero();
        Path file = dir.resolve("vault.bkb");
        Cli.Result create = Cli.run(PASS + "\n", "backup", "create", "--out", file.toString(), "--quiet",
                "--data-dir", home.toString(), "--lang", "en");
        assertThat(create.exit()).as(create.err()).isZero();
        assertThat(create.out().strip()).matches("OK \\(3 cases, \\d+ intakes, made .*\\)");

        Cli.Result again = Cli.run(PASS + "\n", "backup", "create", "--out", file.toString(), "--quiet",
                "--data-dir", home.toString(), "--lang", "en");
        assertThat(again.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(again.err().strip()).isEqualTo(
                "That file already exists. Choose a new name; an existing file is never overwritten.");

        Cli.Result verify = Cli.run(PASS + "\n", "backup", "verify", file.toString(), "--lang", "en");
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out().strip()).isEqualTo(create.out().strip());

        Cli.Result wrong = Cli.run("not the passphrase\n", "backup", "verify", file.toString(), "--lang", "nl");
        assertThat(wrong.exit()).isEqualTo(ExitCodes.WRONG_PASSPHRASE);
        assertThat(wrong.err().strip()).isEqualTo("Deze wachtzin of herstelcode opent deze back-up niet. Er is niets veranderd.");

        Path cut = dir.resolve("cut.bkb");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        Cli.Result damaged = Cli.run(PASS + "\n", "backup", "verify", cut.toString(), "--lang", "en");
        assertThat(damaged.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(damaged.err().strip()).startsWith("This backup is damaged").doesNotContain("\n");

        Path newer = dir.resolve("newer.bkb");
        byte[] v2 = bytes.clone();
        v2[11] = 2;
        Files.write(newer, v2);
        Cli.Result version = Cli.run(PASS + "\n", "backup", "restore", newer.toString(), "--data-dir",
                dir.resolve("r0").toString(), "--lang", "en");
        assertThat(version.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(version.err().strip()).startsWith("This backup was made by a newer version of Baken.");
        assertThat(dir.resolve("r0")).doesNotExist();

        Cli.Result over = Cli.run(PASS + "\n", "backup", "restore", file.toString(), "--data-dir", home.toString(),
                "--lang", "en");
        assertThat(over.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(over.err().strip()).startsWith("The folder to restore into is not empty.");

        Path target = dir.resolve("restored");
        Cli.Result restore = Cli.run(PASS + "\n", "backup", "restore", file.toString(), "--data-dir",
                target.toString(), "--lang", "en");
        assertThat(restore.exit()).as(restore.err()).isZero();
        Cli.Result check = Cli.run(PASS + "\n", "vault", "check", "--data-dir", target.toString());
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("OK (");
    }

    @Test
    void rekeyKeepsTheWorkersWhosePassphraseIsGivenAndTheOldKeyFileOpensNothing() throws Exception {
        Path home = dir.resolve("home");
        Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", home.toString());
        Cli.run(PASS + "\n" + BOB + "\n", "vault", "add-worker", "bob", "--data-dir", home.toString());
        Cli.run(PASS + "\ncarla has a passphrase\n", "vault", "add-worker", "carla", "--data-dir", home.toString());
        byte[] oldSlots = Files.readAllBytes(home.resolve("keyslots.json"));

        Cli.Result remove = Cli.run(PASS + "\n" + BOB + "\n", "vault", "remove-worker", "carla", "--data-dir",
                home.toString(), "--lang", "en");
        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(remove.out()).contains("The vault has a new key.").containsPattern("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");
        assertThat(Cli.run(BOB + "\n", "vault", "check", "--data-dir", home.toString()).exit()).isZero();

        Cli.Result rekey = Cli.run(PASS + "\n\n", "vault", "rekey", "--data-dir", home.toString(), "--lang", "en");
        assertThat(rekey.exit()).as(rekey.err()).isZero();
        assertThat(rekey.err()).contains("bob has no key slot after the rekey");
        assertThat(Cli.run(BOB + "\n", "vault", "check", "--data-dir", home.toString()).exit())
                .isEqualTo(ExitCodes.WRONG_PASSPHRASE);
        assertThat(Cli.run(PASS + "\n", "vault", "check", "--data-dir", home.toString()).exit()).isZero();

        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(home.resolve("baken.mv.db"), copy.resolve("baken.mv.db"));
        Files.write(copy.resolve("keyslots.json"), oldSlots);
        Cli.Result old = Cli.run("carla has a passphrase\n", "vault", "check", "--data-dir", copy.toString(),
                "--lang", "en");
        assertThat(old.exit()).isNotZero();
        assertThat(old.out()).isEmpty();
    }
}
