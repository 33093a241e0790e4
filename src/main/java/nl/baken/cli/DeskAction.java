package nl.baken.cli;

import java.time.LocalDate;
import java.util.Optional;
import nl.baken.cases.CaseDeskException;
import nl.baken.cases.CaseTask;

/**
 * The plumbing of the case desk's commands: dates checked before anything is unlocked, a text given as {@code -}
 * read from standard input (the line after the passphrase, so it stays out of the process list), and the desk's
 * refusals worded in the user's language. A refused command changes nothing.
 */
abstract class DeskAction extends SessionAction {

    /** The option value that means "read the text from standard input". */
    static final String FROM_STDIN = "-";

    /** A date option as {@code YYYY-MM-DD}; anything else ends the command with exit 2 before the vault opens. */
    LocalDate date(String value) {
        return DayOption.parse(value, messages);
    }

    /** The text of {@code value}, or the next line of standard input when it is {@code -}. */
    String text(String value) {
        if (!FROM_STDIN.equals(value)) {
            return value;
        }
        String line = input.readText(messages.text("cli.case.text.prompt"));
        if (line == null) {
            throw new CliFailure(messages.text("cli.case.text.no_input"), ExitCodes.FAILURE);
        }
        return line;
    }

    /** The desk's refusal as one line in the user's language, exit 1. */
    CliFailure refused(CaseDeskException e, String reference, int maxText) {
        String line = switch (e.reason()) {
            case UNKNOWN_CASE -> messages.text("cli.case.unknown_case");
            case UNKNOWN_TASK -> messages.text("cli.case.task.unknown");
            case ALREADY_CLOSED -> messages.text("cli.case.close.already_closed", reference);
            case NOT_CLOSED -> messages.text("cli.case.reopen.not_closed", reference);
            case EMPTY_TEXT -> messages.text("cli.case.text.empty");
            case TEXT_TOO_LONG -> messages.text("cli.case.text.too_long", maxText);
            case INVALID_TEXT -> messages.text("cli.case.text.invalid");
            case UNKNOWN_WORKER, NO_REFLECTION_PERIOD, BAD_EXTENSION -> messages.text("cli.error.unexpected_no_log");
        };
        return new CliFailure(line, ExitCodes.FAILURE);
    }

    /** A task's text on one line of one column; a follow-up from an intake (no text of its own) is named so. */
    String taskText(CaseTask task) {
        return task.text().isEmpty() ? messages.text("cli.case.task.followup") : CaseListCommand.oneLine(task.text());
    }

    static Optional<String> optional(String value) {
        return Optional.ofNullable(value);
    }
}
