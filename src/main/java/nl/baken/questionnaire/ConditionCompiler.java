package nl.baken.questionnaire;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns {@link Condition}s into {@link ConditionTest}s that look answers up by position, once per questionnaire. */
final class ConditionCompiler {

    private final Map<String, Integer> indexById;
    private final List<Question> questions;

    ConditionCompiler(Map<String, Integer> indexById, List<Question> questions) {
        this.indexById = indexById;
        this.questions = questions;
    }

    ConditionTest compile(Condition condition) {
        if (condition instanceof Condition.AnswerIs c) {
            int i = index(c.question());
            if (questions.get(i).type() == QuestionType.NUMBER) {
                BigDecimal expected = new BigDecimal(c.value());
                return effective -> compareNumber(single(effective[i]), expected) == 0;
            }
            String expected = c.value();
            return effective -> expected.equals(single(effective[i]));
        }
        if (condition instanceof Condition.AnswerIn c) {
            int i = index(c.question());
            if (questions.get(i).type() == QuestionType.NUMBER) {
                List<BigDecimal> expected = c.values().stream().map(BigDecimal::new).toList();
                return effective -> {
                    String v = single(effective[i]);
                    return v != null && expected.stream().anyMatch(e -> compareNumber(v, e) == 0);
                };
            }
            Set<String> expected = new HashSet<>(c.values());
            return effective -> {
                String v = single(effective[i]);
                return v != null && expected.contains(v);
            };
        }
        if (condition instanceof Condition.AnswerIncludes c) {
            int i = index(c.question());
            String expected = c.value();
            return effective -> effective[i] != null && effective[i].hasValue()
                    && effective[i].values().contains(expected);
        }
        if (condition instanceof Condition.LessThan c) {
            return compare(c.question(), c.value(), true);
        }
        if (condition instanceof Condition.GreaterThan c) {
            return compare(c.question(), c.value(), false);
        }
        if (condition instanceof Condition.Answered c) {
            int i = index(c.question());
            return effective -> effective[i] != null && effective[i].hasValue();
        }
        if (condition instanceof Condition.All c) {
            ConditionTest[] parts = c.conditions().stream().map(this::compile).toArray(ConditionTest[]::new);
            return effective -> {
                for (ConditionTest part : parts) {
                    if (!part.test(effective)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (condition instanceof Condition.Any c) {
            ConditionTest[] parts = c.conditions().stream().map(this::compile).toArray(ConditionTest[]::new);
            return effective -> {
                for (ConditionTest part : parts) {
                    if (part.test(effective)) {
                        return true;
                    }
                }
                return false;
            };
        }
        ConditionTest inner = compile(((Condition.Not) condition).condition());
        return effective -> !inner.test(effective);
    }

    private ConditionTest compare(String question, String value, boolean less) {
        int i = index(question);
        if (questions.get(i).type() == QuestionType.NUMBER) {
            BigDecimal limit = new BigDecimal(value);
            return effective -> {
                int c = compareNumber(single(effective[i]), limit);
                return c != Integer.MIN_VALUE && (less ? c < 0 : c > 0);
            };
        }
        if (questions.get(i).approximate()) {
            // An approximate date counts as the first day of its period, on both sides of the comparison.
            java.time.LocalDate limit = ApproximateDate.parse(value).orElseThrow().firstDay();
            return effective -> {
                java.time.LocalDate v = ApproximateDate.parse(single(effective[i])).map(ApproximateDate::firstDay)
                        .orElse(null);
                if (v == null) {
                    return false;
                }
                int c = v.compareTo(limit);
                return less ? c < 0 : c > 0;
            };
        }
        return effective -> {
            String v = single(effective[i]);
            if (v == null || !Values.isDate(v)) {
                return false;
            }
            int c = v.compareTo(value);
            return less ? c < 0 : c > 0;
        };
    }

    /** The position of a named question; a questionnaire from the loader never names an unknown one. */
    private int index(String questionId) {
        Integer i = indexById.get(questionId);
        if (i == null) {
            throw new IllegalArgumentException("a condition names a question that is not in the questionnaire: "
                    + questionId);
        }
        return i;
    }

    /** The single value of a visible answer with a value, else null. */
    private static String single(Answer answer) {
        return answer != null && answer.hasValue() && answer.values().size() == 1 ? answer.values().get(0) : null;
    }

    /** Compares a number answer with a limit; {@code Integer.MIN_VALUE} when the answer is not a number. */
    private static int compareNumber(String value, BigDecimal limit) {
        if (value == null || Values.canonicalNumber(value) == null) {
            return Integer.MIN_VALUE;
        }
        return Integer.signum(new BigDecimal(value).compareTo(limit));
    }
}
