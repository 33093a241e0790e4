package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.baken.cases.CaseFile;
import nl.baken.support.Cli;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's own rules: help everywhere, refused options, no overwrite, the case by id or reference. */
class CommandLineHardeningTest {

    private static final String PASS = TestVault.PASSPHRASE + "\n";

    @TempDir
    Path dir;

    private static List<String[]> commandPaths(CommandLine cli, List<String> prefix, List<String[]> into) {
        for (var entry : cli.getSubcommands().entrySet()) {
            if (entry.getKey().equals("help")) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(entry.getKey());
            into.add(path.toArray(String[]::new));
            commandPaths(entry.getValue(), path, into);
        }
        return into;
    }

    @Test
    void helpWorksOnEverySubcommandWithExitZeroAndTouchesNothing() {
        List<String[]> paths = commandPaths(new CommandLine(new BakenCommand(Cli.NO_DESKTOP)), List.of(), new ArrayList<>());
        assertThat(paths).extracting(p -> String.join(" ", p)).contains("vault init", "case import", "case alias",
                "referral export");
        // Group commands take no --lang, so the help is in the system's language (Dutch under LANG=C).
        String usage = nl.baken.i18n.Messages.ofSystemLocale().commandLineHelp().getString("usage.synopsisHeading");
        for (String[] path : paths) {
            List<String> args = new ArrayList<>(List.of(path));
            args.add("--help");
            Cli.Result r = Cli.run("", args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains(usage + "baken " + String.join(" ", path));
        }
    }

    @Test
    void aDayIsExactlyYyyyMmDdSoAYearOfFiveDigitsIsRefusedBeforeTheVaultOpens() {
        for (String[] args : List.of(new String[] {"audit", "list", "--from", "+10000-01-01"},
                new String[] {"audit", "list", "--to", "10000-01-01"},
                new String[] {"case", "tasks", "--due-before", "+10000-01-01"})) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--data-dir", dir.resolve("none").toString(), "--lang", "en"));
            Cli.Result r = Cli.run(PASS, all.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", all)).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(String.join(" ", all)).startsWith("Not a date: \"");
        }
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void anUnknownLanguageIsRefusedWithExitTwo() {
        Cli.Result r = Cli.run(PASS, "vault", "check", "--data-dir", dir.toString(), "--lang", "xx");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("xx", "nl, en");
        Cli.Result validate = Cli.run("", "questionnaire", "validate", "seeds/questionnaires/short-intake.yaml",
                "--lang", "xx");
        assertThat(validate.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(validate.out()).isEmpty();
    }

    @Test
    void aDataDirectoryH2WouldReadSettingsFromIsRefusedAndNothingIsMade() throws Exception {
        Path injected = Path.of(dir + "/x;AUTO_SERVER=TRUE");
        Cli.Result r = Cli.run(PASS, "vault", "init", "--worker", "anna", "--data-dir", injected.toString(),
                "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).startsWith("This data folder cannot be used: a folder with a semicolon (;)");
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aWrongCommandLineIsExplainedInTheLanguageAsked() {
        Cli.Result nl = Cli.run("", "vault", "init", "--lang", "nl", "--wat");
        assertThat(nl.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(nl.err()).startsWith("De opdracht klopt niet: ").contains("Zie: baken vault init --help");
        Cli.Result en = Cli.run("", "vault", "init", "--lang", "en", "--wat");
        assertThat(en.err()).startsWith("The command is not right: ").contains("See: baken vault init --help");
    }

    @Test
    void referralExportNeverOverwritesWithoutForceAndTakesTheReference() throws Exception {
        CaseFile c;
        try (TestVault vault = TestVault.in(dir.resolve("data"))) {
            c = ReferralCases.finishedIntake(vault, "shelter");
        }
        Path out = Files.writeString(dir.resolve("opvang.pdf"), "mine");
        Cli.Result kept = Cli.run(PASS, "referral", "export", "--case", c.reference(), "--partner", "comensha",
                "--out", out.toString(), "--data-dir", dir.resolve("data").toString(), "--lang", "en");
        assertThat(kept.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(kept.err()).contains("exists already. Nothing was overwritten");
        assertThat(Files.readString(out)).isEqualTo("mine");

        Cli.Result forced = Cli.run(PASS, "referral", "export", "--case", c.reference(), "--partner", "comensha",
                "--out", out.toString(), "--force", "--data-dir", dir.resolve("data").toString());
        assertThat(forced.exit()).isZero();
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes());
    }

    @Test
    void theAliasIsNeverAnArgumentButTheLineAfterThePassphrase() {
        CaseFile c;
        try (TestVault vault = TestVault.in(dir.resolve("data"))) {
            c = ReferralCases.finishedIntake(vault, "shelter");
        }
        String data = dir.resolve("data").toString();
        Cli.Result asArgument = Cli.run(PASS, "case", "import", "--questionnaire",
                "seeds/questionnaires/short-intake.yaml", "--answers", "docs/examples/short-intake-answers-sample.yaml",
                "--alias", "Marta", "--data-dir", data);
        assertThat(asArgument.exit()).isEqualTo(ExitCodes.USAGE);

        Cli.Result set = Cli.run(PASS + "Marta K.\n", "case", "alias", c.reference(), "--data-dir", data,
                "--lang", "en");
        assertThat(set.exit()).isZero();
        assertThat(set.out().strip()).isEqualTo("The alias of case " + c.reference() + " has been saved.");
        assertThat(set.out() + set.err()).doesNotContain("Marta");
        Cli.Result list = Cli.run(PASS, "case", "list", "--with-alias", "--data-dir", data);
        assertThat(list.out()).contains(c.id() + "\t" + c.reference()).contains("\tMarta K.");

        Cli.Result byId = Cli.run(PASS + "\n", "case", "alias", c.id(), "--data-dir", data, "--lang", "en");
        assertThat(byId.out().strip()).isEqualTo("The alias of case " + c.reference() + " has been removed.");
        assertThat(Cli.run(PASS, "case", "list", "--with-alias", "--data-dir", data).out()).doesNotContain("Marta");

        Cli.Result none = Cli.run(PASS, "case", "alias", c.id(), "--data-dir", data, "--lang", "en");
        assertThat(none.exit()).isEqualTo(ExitCodes.FAILURE);
        Cli.Result unknown = Cli.run(PASS + "X\n", "case", "alias", "BK-2026-NOPE1", "--data-dir", data);
        assertThat(unknown.exit()).isEqualTo(ExitCodes.FAILURE);
    }
}
