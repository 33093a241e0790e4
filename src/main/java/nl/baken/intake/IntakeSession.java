package nl.baken.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerState;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Flow;
import nl.baken.questionnaire.FlowResult;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.Role;

/**
 * The state of one intake being taken, in memory: the questionnaire, this intake's own answers, the answers the
 * case already had from earlier intakes ("known", shown to confirm, never asked again), and where the interview
 * is. Pure logic without the database or FX, so it is tested on its own; saving is the service's job.
 */
public final class IntakeSession {

    private final Intake intake;
    private final Questionnaire questionnaire;
    private final Flow flow;
    private final Answers known;
    private Answers own;
    private FlowResult result;
    private String current;

    public IntakeSession(Intake intake, Questionnaire questionnaire, Answers own, Answers known) {
        this.intake = intake;
        this.questionnaire = questionnaire;
        this.flow = Flow.of(questionnaire);
        this.own = own;
        this.known = known;
        recompute();
        this.current = intake.currentQuestion().filter(result::isVisible)
                .or(this::firstOpenQuestion)
                .orElseGet(() -> steps().isEmpty() ? null : steps().get(0).id());
    }

    public Intake intake() {
        return intake;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public FlowResult result() {
        return result;
    }

    public Answers ownAnswers() {
        return own;
    }

    public Answers knownAnswers() {
        return known;
    }

    /** This intake's answers laid over what the case already knew: what the flow and the review use. */
    public Answers effectiveAnswers() {
        Answers merged = known;
        for (var e : own.asMap().entrySet()) {
            merged = merged.with(e.getKey(), e.getValue());
        }
        return merged;
    }

    /** Every visible question and note, in order. */
    public List<Question> path() {
        return result.visibleQuestions();
    }

    /**
     * The visible questions and notes the wizard steps through: the path without the worker's assessment (asked
     * once, on the finish screen) and without what the start screen already answered (alias, languages,
     * interpreter), which the review still shows and can change.
     */
    public List<Question> steps() {
        return path().stream().filter(q -> !answeredAtFinish(q)
                && !(StartScreenAnswers.fills(q) && own.get(q.id()).isPresent())).toList();
    }

    /** Whether the finish screen asks this question: the worker's own assessment ({@code role: assessment}). */
    public static boolean answeredAtFinish(Question question) {
        return question.role().filter(r -> r == Role.ASSESSMENT).isPresent();
    }

    public Optional<Question> current() {
        return current == null ? Optional.empty() : questionnaire.question(current);
    }

    /** The answer shown for a question: this intake's own, else the one the case already had. */
    public Optional<Answer> answerFor(String questionId) {
        return own.get(questionId).or(() -> known.get(questionId));
    }

    /** True when the case already had an answer to this question and this intake has not replaced it. */
    public boolean isKnown(String questionId) {
        return own.get(questionId).isEmpty() && known.get(questionId).isPresent();
    }

    /** Records an answer in memory and recomputes the flow; returns the new result. */
    public FlowResult answer(String questionId, Answer answer) {
        own = own.with(questionId, answer);
        recompute();
        return result;
    }

    /** Moves to the next visible question; returns false at the end. */
    public boolean next() {
        List<Question> path = steps();
        int i = indexOfCurrent(path);
        if (i + 1 >= path.size()) {
            return false;
        }
        current = path.get(i + 1).id();
        return true;
    }

    /** Moves to the previous visible question; returns false at the start. */
    public boolean previous() {
        List<Question> path = steps();
        int i = indexOfCurrent(path);
        if (i <= 0) {
            return false;
        }
        current = path.get(i - 1).id();
        return true;
    }

    /** Jumps to a visible question (from the review). */
    public boolean goTo(String questionId) {
        if (!result.isVisible(questionId)) {
            return false;
        }
        current = questionId;
        return true;
    }

    public boolean isLast() {
        List<Question> path = steps();
        return indexOfCurrent(path) == path.size() - 1;
    }

    /** The section the current question belongs to. */
    public Optional<String> currentSectionId() {
        return current().flatMap(q -> questionnaire.sectionOf(q.id())).map(s -> s.id());
    }

    /** Visible questions that still have no answer at all, in order (skipped ones count as dealt with). */
    public List<Question> unanswered() {
        List<Question> out = new ArrayList<>();
        for (Question q : path()) {
            if (q.type().hasAnswer() && !answeredAtFinish(q) && answerFor(q.id()).isEmpty()) {
                out.add(q);
            }
        }
        return out;
    }

    /** Visible questions marked "later", to come back to before finishing. */
    public List<Question> skipped() {
        return path().stream().filter(q -> answerFor(q.id()).map(a -> a.state() == AnswerState.SKIPPED).orElse(false))
                .toList();
    }

    private Optional<String> firstOpenQuestion() {
        return steps().stream().filter(q -> q.type().hasAnswer() && answerFor(q.id()).isEmpty()).findFirst()
                .map(Question::id);
    }

    private int indexOfCurrent(List<Question> path) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).id().equals(current)) {
                return i;
            }
        }
        // The current question became hidden by a changed answer: continue from the nearest earlier visible one.
        int position = questionnaire.questions().stream().map(Question::id).toList().indexOf(current);
        int best = -1;
        for (int i = 0; i < path.size(); i++) {
            int p = questionnaire.questions().indexOf(path.get(i));
            if (p <= position) {
                best = i;
            }
        }
        return best;
    }

    private void recompute() {
        result = flow.evaluate(effectiveAnswers());
    }
}
