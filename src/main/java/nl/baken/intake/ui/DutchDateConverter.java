package nl.baken.intake.ui;

import java.time.LocalDate;
import javafx.util.StringConverter;
import nl.baken.i18n.DateTimes;
import nl.baken.questionnaire.ApproximateDate;

/**
 * Shows dates the Dutch way (31-12-2024) and reads what people type: d-M-yyyy, dd-MM-yyyy, with dashes, slashes or
 * dots, and ISO (2024-12-31). Text it cannot read becomes null, so the field shows it is not a date.
 */
public final class DutchDateConverter extends StringConverter<LocalDate> {

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : DateTimes.typed(date);
    }

    @Override
    public LocalDate fromString(String text) {
        // One reader for every date the app takes: ApproximateDate's, limited here to full dates.
        return ApproximateDate.read(text).filter(ApproximateDate::isFullDate).map(ApproximateDate::firstDay)
                .orElse(null);
    }
}
