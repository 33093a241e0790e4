package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import nl.baken.i18n.Messages;
import nl.baken.reports.StatisticsCsv;
import nl.baken.reports.StatisticsPeriod;
import nl.baken.session.UnlockedServices;
import nl.baken.support.Cli;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.Vault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baken stats}: the table on stdout, the CSV file, and a bad month or period refused with exit 2. */
class StatsCommandTest {

    private static final String PASS = "a long passphrase here";
    @TempDir
    static Path dir;
    @TempDir
    static Path usb;

    @BeforeAll
    static void demoVault() {
        assertThat(Cli.run(PASS + "\n", "vault", "init", "--worker", "anna", "--data-dir", dir.toString()).exit())
                .isZero();
        assertThat(run("demo", "--cases", "40", "--seed", "4").exit()).isZero();
    }

    private static Cli.Result run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--data-dir", dir.toString(), "--lang", "en"}, 0, all, args.length, 4);
        return Cli.run(PASS + "\n", all);
    }

    @Test
    void theTablePrintsEveryMeasureAndTheCsvIsTheServicesTableWithoutACountOfOneToFour() throws Exception {
        YearMonth now = YearMonth.now();
        Path csv = usb.resolve("stats.csv");
        Cli.Result r = run("stats", "--from", now.minusMonths(5).toString(), "--to", now.toString(), "--csv",
                csv.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Statistics from " + now.minusMonths(5) + " to " + now + "\n")
                .contains("\nNew cases per month\n" + now.minusMonths(5) + "\t")
                .contains("\nForms of exploitation\nLabour exploitation\t", "\nAge groups\nUnder 18\t",
                        "\nReferrals per kind of partner\n", "\nReflection periods started per month\n")
                .containsPattern("\nCounted: (\\d+|<5) cases with consent to statistics\n")
                .containsPattern("Left out for lack of consent: (\\d+|<5) cases\n$")
                .doesNotContainPattern("\t[1-4]\n");
        assertThat(r.err()).isEqualTo("Table saved to " + csv + "\n");
        try (UnlockedServices s = UnlockedServices.open(new Vault(new DataDirectory(dir)).unlock("anna",
                PASS.toCharArray()), Clock.systemDefaultZone(), null)) {
            String expected = StatisticsCsv.write(s.statistics().statistics(new StatisticsPeriod(now.minusMonths(5),
                    now), s.workerId()), Messages.of("en")::text);
            assertThat(Files.readString(csv)).isEqualTo(expected);
        }
    }

    @Test
    void anExistingCsvIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        Path csv = Files.writeString(usb.resolve("kept.csv"), "mine\n");
        Cli.Result kept = run("stats", "--csv", csv.toString());
        assertThat(kept.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(kept.out()).isEmpty();
        assertThat(csv).hasContent("mine");
        assertThat(run("stats", "--csv", csv.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(csv)).startsWith("Table,");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)))
                .as("owner-only, as the PDFs").isEqualTo("rw-------");
    }

    @Test
    void aBadMonthOrPeriodIsExitTwoWithOneLineAndNothingCounted() {
        Cli.Result month = run("stats", "--from", "2026-13");
        assertThat(month.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(month.out()).isEmpty();
        assertThat(month.err()).isEqualTo("Not a month: \"2026-13\". Write it as YYYY-MM, e.g. 2026-03. Nothing was"
                + " counted.\n");
        Cli.Result reversed = run("stats", "--from", "2026-05", "--to", "2026-04");
        assertThat(reversed.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(reversed.err()).isEqualTo("The period 2026-05 to 2026-04 is not possible: the first month must"
                + " come before the last, and a period is at most 120 months. Nothing was counted.\n");
        assertThat(run("stats", "--to", "26-04").exit()).isEqualTo(ExitCodes.USAGE);
    }
}
