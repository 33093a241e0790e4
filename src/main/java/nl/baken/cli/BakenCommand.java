package nl.baken.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nl.baken.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command-line tool: {@code baken <command> ...}. */
@Command(name = "baken",
        mixinStandardHelpOptions = true,
        // Every subcommand gets --help (and --version) too: "baken vault init --help" prints its usage, exit 0.
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        subcommands = {
            OpenCommand.class,
            VaultCommand.class,
            BackupCommand.class,
            QuestionnaireCommand.class,
            CaseCommand.class,
            DemoCommand.class,
            ReferralCommand.class,
            PartnerCommand.class,
            ComenshaCommand.class,
            StatsCommand.class,
            AuditCommand.class,
            CommandLine.HelpCommand.class
        })
public final class BakenCommand implements Runnable {

    /** The message of the usage error for a command line without a command; worded from the bundle when shown. */
    static final String NO_COMMAND = "no command";

    private final DesktopOpener desktop;

    BakenCommand(DesktopOpener desktop) {
        this.desktop = desktop;
    }

    /** What {@code baken open} starts: handed in by the launcher, which stands above the app and the command line. */
    DesktopOpener desktop() {
        return desktop;
    }

    @Override
    public void run() {
        // Reached with options but no command ("baken --lang en"): no arguments at all open the app instead.
        throw new CommandLine.ParameterException(new CommandLine(this), NO_COMMAND);
    }

    /** Runs the command line with stdout and stderr in UTF-8 and returns the exit code. */
    public static int execute(DesktopOpener desktop, String... args) {
        return execute(desktop, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line writing to the given streams (used by tests) and returns the exit code. */
    public static int execute(DesktopOpener desktop, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new BakenCommand(desktop));
        // Every command's help in --lang's language, else the system's: set after the subcommands, so all get it.
        cli.setResourceBundle(languageFrom(args).commandLineHelp());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler(BakenCommand::usageError);
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // An OutOfMemoryError or the like: one plain line, never a stack trace (the type goes to the log).
            err.println(FailureHandler.unexpected(FailureHandler.messages(cli.getParseResult()), e));
            code = ExitCodes.FAILURE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** A wrong command line: what is wrong and where the help is, in {@code --lang}'s language. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        Messages messages = languageFrom(args);
        PrintWriter err = failed.getErr();
        String what = NO_COMMAND.equals(e.getMessage()) ? messages.text("cli.error.usage.no_command")
                : UsageErrors.describe(e, messages);
        err.println(messages.text("cli.error.usage", what));
        err.println(messages.text("cli.error.usage_help", failed.getCommandSpec().qualifiedName()));
        return ExitCodes.USAGE;
    }

    /** When parsing stopped early, {@code --lang} is looked for in the raw arguments. */
    private static Messages languageFrom(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String lang = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
            if (lang != null && Messages.LANGUAGES.contains(lang)) {
                return Messages.of(lang);
            }
        }
        return Messages.ofSystemLocale();
    }
}
