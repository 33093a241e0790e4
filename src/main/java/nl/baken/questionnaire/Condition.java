package nl.baken.questionnaire;

import java.util.List;

/**
 * A condition on earlier answers ({@code show_if}, {@code signals.when}, {@code urgent_if}). Values are canonical
 * strings (yes_no as {@code yes}/{@code no}, numbers as plain decimals, dates as {@code YYYY-MM-DD}).
 */
public sealed interface Condition {

    /** {@code {answer: Q, is: V}}. */
    record AnswerIs(String question, String value) implements Condition {
    }

    /** {@code {answer: Q, in: [V1, V2]}}. */
    record AnswerIn(String question, List<String> values) implements Condition {
        public AnswerIn {
            values = List.copyOf(values);
        }
    }

    /** {@code {answer: Q, includes: V}} on a multi question. */
    record AnswerIncludes(String question, String value) implements Condition {
    }

    /** {@code {answer: Q, less_than: N}} on a number or date question. */
    record LessThan(String question, String value) implements Condition {
    }

    /** {@code {answer: Q, greater_than: N}} on a number or date question. */
    record GreaterThan(String question, String value) implements Condition {
    }

    /** {@code {answered: Q}}: Q has a value. */
    record Answered(String question) implements Condition {
    }

    /** {@code {all: [...]}}. */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** {@code {any: [...]}}. */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /** {@code {not: C}}. */
    record Not(Condition condition) implements Condition {
    }
}
