package nl.baken.cli;

import nl.baken.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a command's unexpected failure ends: one plain line on stderr, the exception's type (never
 * its message, which might carry personal data) in the log, exit code 1.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        if (e instanceof CliFailure failure) {
            cli.getErr().println(failure.userMessage());
            return failure.exitCode();
        }
        LOG.error("command failed: {}", e.getClass().getName());
        cli.getErr().println(Messages.ofSystemLocale().text("cli.error.unexpected"));
        return ExitCodes.FAILURE;
    }
}
