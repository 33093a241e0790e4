package nl.baken.questionnaire;

import java.util.ArrayList;
import java.util.List;
import nl.baken.questionnaire.YamlNode.Entry;
import nl.baken.questionnaire.YamlNode.YamlList;
import nl.baken.questionnaire.YamlNode.YamlMap;
import nl.baken.questionnaire.YamlNode.YamlScalar;

/** Reads and checks one condition: its form, the questions it names, and that its values fit those questions. */
final class ConditionReader {

    private static final List<String> FORMS = List.of("answer", "answered", "all", "any", "not");
    private static final List<String> OPERATORS = List.of("is", "in", "includes", "less_than", "greater_than");

    private final String file;
    private final KnownQuestions known;
    private final List<Problem> problems;

    ConditionReader(String file, KnownQuestions known, List<Problem> problems) {
        this.file = file;
        this.known = known;
        this.problems = problems;
    }

    /**
     * The condition, or null when it has errors (all of which are reported). It may name questions with an index
     * below {@code limit}, and the question at {@code limit} itself when {@code selfAllowed}.
     */
    Condition read(YamlNode node, int limit, boolean selfAllowed) {
        if (!(node instanceof YamlMap map) || map.entries().isEmpty()) {
            error(node, "questionnaire.condition.not_a_map");
            return null;
        }
        Entry form = null;
        Entry operator = null;
        boolean wrong = false;
        for (Entry entry : map.entries().values()) {
            if (FORMS.contains(entry.key())) {
                if (form != null) {
                    error(entry, "questionnaire.condition.two_forms", form.key(), entry.key());
                    wrong = true;
                } else {
                    form = entry;
                }
            } else if (OPERATORS.contains(entry.key())) {
                if (operator != null) {
                    error(entry, "questionnaire.condition.two_operators", operator.key(), entry.key());
                    wrong = true;
                } else {
                    operator = entry;
                }
            } else {
                error(entry, "questionnaire.condition.unknown_key", entry.key());
                wrong = true;
            }
        }
        if (form == null) {
            error(map, "questionnaire.condition.no_form");
            return null;
        }
        if (!form.key().equals("answer") && operator != null) {
            error(operator, "questionnaire.condition.operator_without_answer", operator.key(), form.key());
            wrong = true;
        }
        Condition condition = switch (form.key()) {
            case "answer" -> answer(map, form, operator, limit, selfAllowed);
            case "answered" -> {
                KnownQuestions.Known q = question(form.value(), limit, selfAllowed);
                yield q == null ? null : new Condition.Answered(q.id());
            }
            case "all", "any" -> group(form, limit, selfAllowed);
            default -> {
                Condition inner = read(form.value(), limit, selfAllowed);
                yield inner == null ? null : new Condition.Not(inner);
            }
        };
        return wrong ? null : condition;
    }

    private Condition group(Entry form, int limit, boolean selfAllowed) {
        if (!(form.value() instanceof YamlList list) || list.items().isEmpty()) {
            error(form.value(), "questionnaire.condition.group_not_a_list", form.key());
            return null;
        }
        List<Condition> parts = new ArrayList<>();
        boolean wrong = false;
        for (YamlNode item : list.items()) {
            Condition part = read(item, limit, selfAllowed);
            wrong |= part == null;
            parts.add(part);
        }
        if (wrong) {
            return null;
        }
        return form.key().equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
    }

    private Condition answer(YamlMap map, Entry form, Entry operator, int limit, boolean selfAllowed) {
        KnownQuestions.Known q = question(form.value(), limit, selfAllowed);
        if (operator == null) {
            error(map, "questionnaire.condition.no_operator");
            return null;
        }
        if (q == null || q.type() == null) {
            return null;
        }
        QuestionType type = q.type();
        switch (operator.key()) {
            case "is", "in" -> {
                if (type == QuestionType.MULTI) {
                    error(operator, "questionnaire.condition.is_on_multi", operator.key(), q.id());
                    return null;
                }
            }
            case "includes" -> {
                if (type != QuestionType.MULTI) {
                    error(operator, "questionnaire.condition.includes_not_multi", q.id());
                    return null;
                }
            }
            default -> {
                if (type != QuestionType.NUMBER && type != QuestionType.DATE) {
                    error(operator, "questionnaire.condition.compare_not_number", operator.key(), q.id());
                    return null;
                }
            }
        }
        if (operator.key().equals("in")) {
            if (!(operator.value() instanceof YamlList list) || list.items().isEmpty()) {
                error(operator.value(), "questionnaire.condition.in_not_a_list");
                return null;
            }
            List<String> values = new ArrayList<>();
            for (YamlNode item : list.items()) {
                values.add(value(q, item));
            }
            return values.contains(null) ? null : new Condition.AnswerIn(q.id(), values);
        }
        String value = value(q, operator.value());
        if (value == null) {
            return null;
        }
        return switch (operator.key()) {
            case "is" -> new Condition.AnswerIs(q.id(), value);
            case "includes" -> new Condition.AnswerIncludes(q.id(), value);
            case "less_than" -> new Condition.LessThan(q.id(), value);
            default -> new Condition.GreaterThan(q.id(), value);
        };
    }

    private String value(KnownQuestions.Known q, YamlNode node) {
        Values.Checked checked = Values.check(q.id(), q.type(), q.choiceValues(), q.approximate(), node);
        if (!checked.isOk()) {
            problems.add(Problem.error(file, node.line(), node.column(), checked.problemKey(),
                    checked.args().toArray()));
            return null;
        }
        return checked.value();
    }

    /** The named question when it exists, may be named from here, and has an answer; else reports why not. */
    private KnownQuestions.Known question(YamlNode node, int limit, boolean selfAllowed) {
        if (!(node instanceof YamlScalar scalar) || scalar.isNull()) {
            error(node, "questionnaire.condition.question_not_named");
            return null;
        }
        KnownQuestions.Known q = known.get(scalar.text());
        if (q == null) {
            error(node, "questionnaire.condition.unknown_question", scalar.text());
            return null;
        }
        if (q.index() == limit && !selfAllowed) {
            error(node, "questionnaire.condition.names_itself", q.id());
            return null;
        }
        if (q.index() > limit) {
            error(node, "questionnaire.condition.later_question", q.id());
            return null;
        }
        if (q.type() == QuestionType.NOTE) {
            error(node, "questionnaire.condition.on_note", q.id());
            return null;
        }
        return q;
    }

    private void error(YamlNode node, String key, Object... args) {
        problems.add(Problem.error(file, node.line(), node.column(), key, args));
    }

    private void error(Entry entry, String key, Object... args) {
        problems.add(Problem.error(file, entry.line(), entry.column(), key, args));
    }
}
