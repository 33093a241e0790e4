package nl.baken.questionnaire;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A condition on earlier answers ({@code show_if}, {@code signals.when}, {@code urgent_if}). Values are canonical
 * strings (yes_no as {@code yes}/{@code no}, numbers as plain decimals, dates as {@code YYYY-MM-DD}).
 */
public sealed interface Condition {

    /** The ids of the questions whose answers this condition reads. */
    default Set<String> questions() {
        Set<String> ids = new HashSet<>();
        collect(this, ids);
        return ids;
    }

    private static void collect(Condition c, Set<String> ids) {
        if (c instanceof All all) {
            all.conditions().forEach(part -> collect(part, ids));
        } else if (c instanceof Any any) {
            any.conditions().forEach(part -> collect(part, ids));
        } else if (c instanceof Not not) {
            collect(not.condition(), ids);
        } else if (c instanceof OnAnswer a) {
            ids.add(a.question());
        }
    }

    /** A condition on the answer to one question. */
    sealed interface OnAnswer extends Condition {
        /** The id of the question whose answer it reads. */
        String question();
    }

    /** {@code {answer: Q, is: V}}. */
    record AnswerIs(String question, String value) implements OnAnswer {
    }

    /** {@code {answer: Q, in: [V1, V2]}}. */
    record AnswerIn(String question, List<String> values) implements OnAnswer {
        public AnswerIn {
            values = List.copyOf(values);
        }
    }

    /** {@code {answer: Q, includes: V}} on a multi question. */
    record AnswerIncludes(String question, String value) implements OnAnswer {
    }

    /** {@code {answer: Q, less_than: N}} on a number or date question. */
    record LessThan(String question, String value) implements OnAnswer {
    }

    /** {@code {answer: Q, greater_than: N}} on a number or date question. */
    record GreaterThan(String question, String value) implements OnAnswer {
    }

    /** {@code {answered: Q}}: Q has a value. */
    record Answered(String question) implements OnAnswer {
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
