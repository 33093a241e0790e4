package nl.baken.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A plain, slow reading of the contract's condition rules, to check {@link Flow} against. */
final class ReferenceConditions {

    private ReferenceConditions() {
    }

    /** Whether the condition holds when {@code values} holds the answers of the visible questions only. */
    static boolean holds(Condition c, Map<String, Answer> values, Questionnaire q) {
        if (c instanceof Condition.All all) {
            return all.conditions().stream().allMatch(x -> holds(x, values, q));
        }
        if (c instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(x -> holds(x, values, q));
        }
        if (c instanceof Condition.Not not) {
            return !holds(not.condition(), values, q);
        }
        if (c instanceof Condition.Answered a) {
            Answer answer = values.get(a.question());
            return answer != null && answer.state() == AnswerState.VALUE;
        }
        String id = question(c);
        Answer answer = values.get(id);
        if (answer == null || answer.state() != AnswerState.VALUE) {
            return false;
        }
        QuestionType type = q.question(id).orElseThrow().type();
        if (c instanceof Condition.AnswerIncludes inc) {
            return answer.values().contains(inc.value());
        }
        String v = answer.values().get(0);
        if (c instanceof Condition.AnswerIs is) {
            return same(type, v, is.value());
        }
        if (c instanceof Condition.AnswerIn in) {
            return in.values().stream().anyMatch(x -> same(type, v, x));
        }
        int cmp = type == QuestionType.NUMBER
                ? new BigDecimal(v).compareTo(new BigDecimal(limit(c)))
                : LocalDate.parse(v).compareTo(LocalDate.parse(limit(c)));
        return c instanceof Condition.LessThan ? cmp < 0 : cmp > 0;
    }

    private static boolean same(QuestionType type, String a, String b) {
        return type == QuestionType.NUMBER ? new BigDecimal(a).compareTo(new BigDecimal(b)) == 0 : a.equals(b);
    }

    private static String limit(Condition c) {
        return c instanceof Condition.LessThan l ? l.value() : ((Condition.GreaterThan) c).value();
    }

    static String question(Condition c) {
        if (c instanceof Condition.AnswerIs x) {
            return x.question();
        }
        if (c instanceof Condition.AnswerIn x) {
            return x.question();
        }
        if (c instanceof Condition.AnswerIncludes x) {
            return x.question();
        }
        if (c instanceof Condition.LessThan x) {
            return x.question();
        }
        return ((Condition.GreaterThan) c).question();
    }
}
