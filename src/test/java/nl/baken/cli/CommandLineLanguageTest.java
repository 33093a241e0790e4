package nl.baken.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import nl.baken.i18n.Messages;
import nl.baken.support.Cli;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line speaks the worker's language: every help text comes from the {@code i18n/cli} bundles (none is
 * written in the code), its mistakes are worded in Dutch or English, and the POSIX "C" locale gets Dutch.
 */
class CommandLineLanguageTest {

    @Test
    void everyCommandOptionAndParameterHasHelpInBothLanguagesAndNoneIsWrittenInTheCode() {
        for (String lang : Messages.LANGUAGES) {
            CommandLine cli = new CommandLine(new BakenCommand(Cli.NO_DESKTOP));
            cli.setResourceBundle(Messages.of(lang).commandLineHelp());
            for (CommandSpec spec : specs(cli, new ArrayList<>())) {
                assertThat(String.join("", spec.usageMessage().description())).as(lang + " " + spec.qualifiedName())
                        .isNotBlank();
                for (ArgSpec arg : spec.args()) {
                    assertThat(String.join("", arg.description())).as(lang + " " + spec.qualifiedName() + " "
                            + arg.paramLabel()).isNotBlank();
                }
            }
        }
        for (CommandSpec spec : specs(new CommandLine(new BakenCommand(Cli.NO_DESKTOP)), new ArrayList<>())) {
            if (spec.userObject() instanceof CommandLine.HelpCommand) {
                continue; // picocli's own, worded in the bundles too
            }
            assertThat(spec.usageMessage().description()).as(spec.qualifiedName()).isEmpty();
            for (ArgSpec arg : spec.args()) {
                if (!arg.isOption() || !((CommandLine.Model.OptionSpec) arg).usageHelp()
                        && !((CommandLine.Model.OptionSpec) arg).versionHelp()) {
                    assertThat(arg.description()).as(spec.qualifiedName() + " " + arg.paramLabel()).isEmpty();
                }
            }
        }
    }

    @Test
    void bothHelpBundlesHaveTheSameKeys() {
        ResourceBundle nl = Messages.of("nl").commandLineHelp();
        ResourceBundle en = Messages.of("en").commandLineHelp();
        assertThat(nl.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
        assertThat(nl.getString("baken.vault.init.usage.description"))
                .isNotEqualTo(en.getString("baken.vault.init.usage.description"));
    }

    @Test
    void helpIsInTheLanguageOfLang() {
        assertThat(Cli.run("", "vault", "init", "--help", "--lang", "nl").out())
                .contains("Gebruik: baken vault init", "De naam van de eerste medewerker.");
        assertThat(Cli.run("", "vault", "init", "--help", "--lang", "en").out())
                .contains("Usage: baken vault init", "The first worker's name.");
    }

    @Test
    void mistakesOnTheCommandLineAreWordedInTheWorkersLanguage() {
        assertThat(Cli.run("", "vault", "init", "--lang", "nl").err()).contains("dit ontbreekt: --worker")
                .doesNotContain("Missing");
        assertThat(Cli.run("", "case", "lst", "--lang", "nl").err()).contains("dit kent Baken hier niet: lst");
        assertThat(Cli.run("", "demo", "--cases", "abc", "--lang", "nl").err())
                .contains("abc is geen geldige waarde voor --cases");
        assertThat(Cli.run("", "demo", "--cases", "3", "--cases", "4", "--lang", "nl").err())
                .contains("--cases is meer dan één keer gegeven");
        assertThat(Cli.run("", "case", "consent", "--case", "x", "--purpose", "store", "--given", "--declined",
                "--lang", "nl").err()).contains("geef maar één van: --given, --declined");
        assertThat(Cli.run("", "case", "consent", "--case", "x", "--purpose", "store", "--lang", "en").err())
                .contains("give one of: --given, --declined, --withdrawn");
        Cli.Result r = Cli.run("", "case", "show", "--lang", "en");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("this is missing: CASE", "See: baken case show --help");
    }

    @Test
    void thePosixCLocaleNamesNoLanguageSoBakensDutchHolds() {
        Locale java = Locale.ENGLISH; // what Java makes of LANG=C.UTF-8
        assertThat(Messages.systemLanguage(Map.of("LANG", "C.UTF-8"), java)).isEqualTo("nl");
        assertThat(Messages.systemLanguage(Map.of("LC_ALL", "POSIX", "LANG", "en_GB.UTF-8"), java)).isEqualTo("nl");
        assertThat(Messages.systemLanguage(Map.of("LANG", "C"), java)).isEqualTo("nl");
        assertThat(Messages.systemLanguage(Map.of("LC_MESSAGES", "en_GB.UTF-8", "LANG", "C"), java)).isEqualTo("en");
        assertThat(Messages.systemLanguage(Map.of("LANG", "nl_NL.UTF-8"), Locale.forLanguageTag("nl-NL")))
                .isEqualTo("nl");
        assertThat(Messages.systemLanguage(Map.of("LANG", "de_DE.UTF-8"), Locale.GERMAN)).isEqualTo("en");
        // Windows sets none of these: the JVM's locale, which follows the display language, decides.
        assertThat(Messages.systemLanguage(Map.of(), Locale.forLanguageTag("nl-NL"))).isEqualTo("nl");
        assertThat(Messages.systemLanguage(Map.of(), Locale.UK)).isEqualTo("en");
    }

    private static List<CommandSpec> specs(CommandLine cli, List<CommandSpec> into) {
        into.add(cli.getCommandSpec());
        for (var entry : cli.getSubcommands().entrySet()) {
            if (entry.getKey().equals(entry.getValue().getCommandName())) {
                specs(entry.getValue(), into);
            }
        }
        return into;
    }
}
