package nl.baken.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nl.baken.app.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command-line tool: {@code baken <command> ...}. */
@Command(name = "baken",
        mixinStandardHelpOptions = true,
        versionProvider = Version.Provider.class,
        description = "Baken: offline, encrypted intake assistant. Without arguments the jar opens the app.",
        subcommands = {
            OpenCommand.class,
            VaultCommand.class,
            QuestionnaireCommand.class,
            CaseCommand.class,
            DemoCommand.class,
            ReferralCommand.class,
            PartnerCommand.class,
            CommandLine.HelpCommand.class
        })
public final class BakenCommand implements Runnable {

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing command; try: baken --help");
    }

    /** Runs the command line with stdout and stderr in UTF-8 and returns the exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line writing to the given streams (used by tests) and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new BakenCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new FailureHandler());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
