package nl.baken.intake.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import javafx.util.StringConverter;

/**
 * Shows dates the Dutch way (31-12-2024) and reads what people type: d-M-yyyy, dd-MM-yyyy, with dashes, slashes or
 * dots, and ISO (2024-12-31). Text it cannot read becomes null, so the field shows it is not a date.
 */
public final class DutchDateConverter extends StringConverter<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().replace('/', '-').replace('.', '-');
        for (DateTimeFormatter f : READ) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
