package nl.baken.questionnaire;

import java.util.List;
import java.util.Objects;
import nl.baken.i18n.Messages;

/**
 * One problem found in a file, at a 1-based line and column (0 and 0 when it concerns the whole file), with a
 * message key of the {@code questionnaire.} bundle and its arguments.
 */
public record Problem(String file, int line, int column, Severity severity, String messageKey, List<String> args) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    /** An error at a position. */
    public static Problem error(String file, int line, int column, String messageKey, Object... args) {
        return new Problem(file, line, column, Severity.ERROR, messageKey, strings(args));
    }

    /** A warning at a position. */
    public static Problem warning(String file, int line, int column, String messageKey, Object... args) {
        return new Problem(file, line, column, Severity.WARNING, messageKey, strings(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message alone, in the language of {@code messages}. */
    public String message(Messages messages) {
        return messages.text(messageKey, args.toArray());
    }

    /** {@code FILE:LINE:COLUMN: message}, or {@code FILE:LINE:COLUMN: warning: message}; {@code FILE: message} without a position. */
    public String render(Messages messages) {
        String where = line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ";
        return where + (severity == Severity.WARNING ? "warning: " : "") + message(messages);
    }

    private static List<String> strings(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
