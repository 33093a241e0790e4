package nl.baken.questionnaire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Invents answers by walking a questionnaire's flow: every visible question in order gets a value that is valid for
 * its type and choices, or one of the other three states. For demo data and tests; the texts are clearly fictional.
 */
public final class RandomAnswers {

    private static final LocalDate FIRST_DATE = LocalDate.of(2024, 1, 1);
    private final Random random;
    /** The flows of the questionnaires walked, prepared once each (demo data walks the same two thousands of times). */
    private final Map<Questionnaire, Flow> flows = new IdentityHashMap<>();

    public RandomAnswers(Random random) {
        this.random = random;
    }

    /**
     * Answers up to {@code limit} visible questions, in order. {@code known} (what the case already knows) counts
     * for what is visible; a question with a known value is not asked again and gets no answer here, unless it is {@code remember: intake}.
     */
    public Answers walk(Questionnaire questionnaire, Answers known, int limit) {
        Flow flow = flows.computeIfAbsent(questionnaire, Flow::of);
        Answers own = Answers.empty();
        Answers effective = known;
        int count = 0;
        // What is visible changes only with an answer that a show_if reads: the flow is evaluated again after such
        // an answer, not per question nor after every answer.
        FlowResult visible = flow.evaluate(effective);
        for (Question q : questionnaire.questions()) {
            if (count >= limit) {
                break;
            }
            // A fact of this meeting alone (remember: intake) is asked again however it was answered before.
            boolean knownValue = q.rememberedForCase() && known.get(q.id()).map(Answer::hasValue).orElse(false);
            if (!q.type().hasAnswer() || knownValue || !visible.isVisible(q.id())) {
                continue;
            }
            Answer a = answer(q);
            own = own.with(q.id(), a);
            effective = effective.with(q.id(), a);
            if (flow.shapesPath(q.id())) {
                visible = flow.evaluate(effective);
            }
            count++;
        }
        return own;
    }

    /** One answer for a question: a value three times in four, else don't know, declined or later. */
    public Answer answer(Question q) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return Answer.dontKnow();
        }
        if (roll < 16) {
            return Answer.declined();
        }
        if (roll < 24) {
            return Answer.skipped();
        }
        return switch (q.type()) {
            case YES_NO -> Answer.of(random.nextBoolean() ? "yes" : "no");
            case SINGLE -> Answer.of(q.choices().get(random.nextInt(q.choices().size())).value());
            case MULTI -> Answer.ofAll(someChoices(q));
            case TEXT -> Answer.of("Demo-antwoord " + (1 + random.nextInt(999)));
            case LONG_TEXT -> Answer.of("Fictieve samenvatting voor de demo, nummer " + (1 + random.nextInt(999)) + ".");
            case DATE -> Answer.of(FIRST_DATE.plusDays(random.nextInt(1000)).toString());
            case NUMBER -> Answer.of(Integer.toString(1 + random.nextInt(60)));
            case NOTE -> throw new IllegalArgumentException("a note has no answer");
        };
    }

    private List<String> someChoices(Question q) {
        List<String> chosen = new ArrayList<>();
        for (Choice c : q.choices()) {
            if (random.nextInt(100) < 35) {
                chosen.add(c.value());
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(q.choices().get(random.nextInt(q.choices().size())).value());
        }
        return chosen;
    }
}
