package nl.baken.intake.ui;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads a number as people type it (comma or dot as decimal mark) and gives it in canonical form, with a dot. */
public final class NumberText {

    private NumberText() {
    }

    /** The canonical decimal ("12", "1.5", "-3") for a typed text, or empty when it is not a number. */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip().replace(" ", "");
        if (s.isEmpty() || s.chars().filter(c -> c == ',' || c == '.').count() > 1) {
            return Optional.empty();
        }
        s = s.replace(',', '.');
        if (!s.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
        return Optional.of(value.stripTrailingZeros().toPlainString());
    }
}
