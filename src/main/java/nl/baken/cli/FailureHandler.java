package nl.baken.cli;

import java.security.SecureRandom;
import java.util.HexFormat;
import nl.baken.session.LogSetup;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a command's unexpected failure ends: one plain line on stderr in the command's language (the
 * failure's own words when it carries a bundle key, such as a damaged database), the exception's type (never its
 * message, which might carry personal data) in the log under an error number, exit code 1. The general line names the
 * log file and the number only when that entry was really written.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        if (e instanceof CliFailure failure) {
            cli.getErr().println(failure.userMessage());
            return failure.exitCode();
        }
        cli.getErr().println(unexpected(messages(parseResult), e));
        return ExitCodes.FAILURE;
    }

    /** Logs an unexpected failure (its type only) and returns the line to show, true about the log. */
    static String unexpected(Messages messages, Throwable failure) {
        byte[] number = new byte[4];
        RANDOM.nextBytes(number);
        String id = HexFormat.of().formatHex(number);
        if (failure instanceof nl.baken.store.StoreException store) {
            LOG.error("command failed, error number {}: store {} (code {})", id, store.reason(), store.errorCode());
        } else {
            LOG.error("command failed, error number {}: {}", id, failure.getClass().getName());
        }
        // A failure that has words of its own (a damaged database read halfway through a command) says them.
        java.util.Optional<String> own = FailureText.keyOf(failure);
        if (own.isPresent()) {
            return messages.text(own.get());
        }
        return LogSetup.file()
                .map(file -> messages.text("cli.error.unexpected", file, id))
                .orElseGet(() -> messages.text("cli.error.unexpected_no_log"));
    }

    /** The messages of the language given with {@code --lang} on the command that ran, else the system's. */
    static Messages messages(ParseResult parseResult) {
        ParseResult deepest = parseResult;
        while (deepest != null && deepest.hasSubcommand()) {
            deepest = deepest.subcommand();
        }
        String language = deepest == null ? null : deepest.matchedOptionValue("--lang", (String) null);
        return language != null && Messages.LANGUAGES.contains(language) ? Messages.of(language)
                : Messages.ofSystemLocale();
    }
}
