package nl.baken.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import nl.baken.questionnaire.YamlNode.YamlScalar;

/**
 * The rules for one value of a question (in an answers file or a condition) and its canonical form: yes_no as
 * {@code yes}/{@code no}, a number as a plain decimal without trailing zeros, a date as {@code YYYY-MM-DD}.
 */
final class Values {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** A checked value: the canonical value, or the key and arguments of what is wrong with it. */
    record Checked(String value, String problemKey, List<String> args) {
        static Checked ok(String value) {
            return new Checked(value, null, List.of());
        }

        static Checked wrong(String key, String... args) {
            return new Checked(null, key, List.of(args));
        }

        boolean isOk() {
            return problemKey == null;
        }
    }

    private Values() {
    }

    /** Checks one scalar value for a question of this type (for multi: one of its values), not an approximate date. */
    static Checked check(String questionId, QuestionType type, List<String> choiceValues, YamlNode node) {
        return check(questionId, type, choiceValues, false, node);
    }

    /**
     * Checks one scalar value for a question of this type (for multi: one of its values); an {@code approximate}
     * date question also takes {@code YYYY} and {@code YYYY-MM}, kept as given.
     */
    static Checked check(String questionId, QuestionType type, List<String> choiceValues, boolean approximate,
            YamlNode node) {
        if (!(node instanceof YamlScalar scalar)) {
            return Checked.wrong("questionnaire.value.not_a_scalar", questionId);
        }
        if (scalar.isNull()) {
            return Checked.wrong("questionnaire.value.empty", questionId);
        }
        String text = scalar.text();
        return switch (type) {
            case YES_NO -> {
                if (scalar.kind() == YamlScalar.Kind.TRUE) {
                    yield Checked.ok("yes");
                }
                if (scalar.kind() == YamlScalar.Kind.FALSE) {
                    yield Checked.ok("no");
                }
                yield "yes".equals(text) || "no".equals(text) ? Checked.ok(text)
                        : Checked.wrong("questionnaire.value.not_yes_no", questionId);
            }
            case SINGLE, MULTI -> choiceValues.contains(text) ? Checked.ok(text)
                    : Checked.wrong("questionnaire.value.not_a_choice", questionId, String.join(", ", choiceValues));
            case TEXT, LONG_TEXT -> Checked.ok(text);
            case NUMBER -> {
                String number = canonicalNumber(text);
                yield number != null ? Checked.ok(number) : Checked.wrong("questionnaire.value.not_a_number", questionId);
            }
            case DATE -> {
                if (approximate) {
                    yield ApproximateDate.parse(text).isPresent() ? Checked.ok(text)
                            : Checked.wrong("questionnaire.value.not_an_approximate_date", questionId);
                }
                yield isDate(text) ? Checked.ok(text) : Checked.wrong("questionnaire.value.not_a_date", questionId);
            }
            case NOTE -> Checked.wrong("questionnaire.value.note", questionId);
        };
    }

    /** The canonical form of a decimal ({@code 1.50} becomes {@code 1.5}, {@code -0} becomes {@code 0}), or null. */
    static String canonicalNumber(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        BigDecimal number = new BigDecimal(text).stripTrailingZeros();
        return number.signum() == 0 ? "0" : number.toPlainString();
    }

    /** Whether the text is a real calendar date written {@code YYYY-MM-DD}. */
    static boolean isDate(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
