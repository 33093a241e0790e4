package nl.baken.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import nl.baken.i18n.Messages;

/**
 * A day given on the command line, exactly {@code YYYY-MM-DD}: {@link LocalDate#parse} alone would also take
 * {@code +10000-01-01}, a year no worker means. Anything else ends the command with exit 2 before the vault opens.
 */
final class DayOption {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DayOption() {
    }

    /** The day {@code value} names, or a {@link CliFailure} (exit 2) worded in {@code messages}' language. */
    static LocalDate parse(String value, Messages messages) {
        try {
            if (DAY.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // worded below, as any other day that is not one
        }
        throw new CliFailure(messages.text("cli.case.bad_date", value), ExitCodes.USAGE);
    }
}
