package nl.baken.questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random but plausible answers for a questionnaire, biased towards the values its conditions test. */
final class RandomAnswerSets {

    private final Questionnaire questionnaire;
    private final Map<String, Set<String>> mentioned = new HashMap<>();

    RandomAnswerSets(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        for (Section s : questionnaire.sections()) {
            s.showIf().ifPresent(this::collect);
            for (Question q : s.questions()) {
                q.showIf().ifPresent(this::collect);
                q.urgentIf().ifPresent(this::collect);
                q.signals().forEach(sig -> collect(sig.when()));
            }
        }
    }

    private void collect(Condition c) {
        if (c instanceof Condition.All all) {
            all.conditions().forEach(this::collect);
        } else if (c instanceof Condition.Any any) {
            any.conditions().forEach(this::collect);
        } else if (c instanceof Condition.Not not) {
            collect(not.condition());
        } else if (c instanceof Condition.AnswerIs x) {
            mention(x.question(), x.value());
        } else if (c instanceof Condition.AnswerIn x) {
            x.values().forEach(v -> mention(x.question(), v));
        } else if (c instanceof Condition.LessThan x) {
            mention(x.question(), x.value());
        } else if (c instanceof Condition.GreaterThan x) {
            mention(x.question(), x.value());
        }
    }

    private void mention(String question, String value) {
        mentioned.computeIfAbsent(question, k -> new HashSet<>()).add(value);
    }

    /** Answers for a random subset of the questions, in any state. */
    Map<String, Answer> next(Random random) {
        Map<String, Answer> answers = new HashMap<>();
        for (Question q : questionnaire.questions()) {
            if (!q.type().hasAnswer()) {
                continue;
            }
            int roll = random.nextInt(100);
            if (roll < 20) {
                continue;
            }
            if (roll < 35) {
                AnswerState state = AnswerState.values()[1 + random.nextInt(3)];
                answers.put(q.id(), Answer.ofState(state));
                continue;
            }
            answers.put(q.id(), value(q, random));
        }
        return answers;
    }

    /** A random value answer for the question. */
    Answer value(Question q, Random random) {
        List<String> hints = new ArrayList<>(mentioned.getOrDefault(q.id(), Set.of()));
        hints.sort(null);
        switch (q.type()) {
            case YES_NO:
                return Answer.of(random.nextBoolean() ? "yes" : "no");
            case SINGLE:
                return Answer.of(q.choices().get(random.nextInt(q.choices().size())).value());
            case MULTI:
                List<String> chosen = new ArrayList<>();
                for (Choice c : q.choices()) {
                    if (random.nextInt(3) == 0) {
                        chosen.add(c.value());
                    }
                }
                return Answer.ofAll(chosen);
            case NUMBER:
                if (!hints.isEmpty() && random.nextBoolean()) {
                    java.math.BigDecimal base = new java.math.BigDecimal(hints.get(random.nextInt(hints.size())));
                    return Answer.of(Values.canonicalNumber(base.add(java.math.BigDecimal.valueOf(random.nextInt(3) - 1))
                            .toPlainString()));
                }
                return Answer.of(Integer.toString(random.nextInt(80)));
            case DATE:
                if (!hints.isEmpty() && random.nextBoolean()) {
                    LocalDate base = LocalDate.parse(hints.get(random.nextInt(hints.size())));
                    return Answer.of(base.plusDays(random.nextInt(3) - 1L).toString());
                }
                return Answer.of(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000)).toString());
            default:
                if (!hints.isEmpty() && random.nextBoolean()) {
                    return Answer.of(hints.get(random.nextInt(hints.size())));
                }
                return Answer.of("free text " + random.nextInt(5));
        }
    }
}
