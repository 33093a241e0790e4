package nl.baken.questionnaire;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An immutable set of answers, keyed by question id. */
public final class Answers {

    private static final Answers EMPTY = new Answers(Map.of());

    private final Map<String, Answer> byQuestion;

    private Answers(Map<String, Answer> byQuestion) {
        this.byQuestion = byQuestion;
    }

    public static Answers empty() {
        return EMPTY;
    }

    public static Answers of(Map<String, Answer> answers) {
        return new Answers(Collections.unmodifiableMap(new HashMap<>(answers)));
    }

    /** A copy with this answer set (replacing any earlier answer to the question). */
    public Answers with(String questionId, Answer answer) {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        Map<String, Answer> copy = new HashMap<>(byQuestion);
        copy.put(questionId, answer);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    /** A copy without an answer to the question. */
    public Answers without(String questionId) {
        if (!byQuestion.containsKey(questionId)) {
            return this;
        }
        Map<String, Answer> copy = new HashMap<>(byQuestion);
        copy.remove(questionId);
        return new Answers(Collections.unmodifiableMap(copy));
    }

    public Optional<Answer> get(String questionId) {
        return Optional.ofNullable(byQuestion.get(questionId));
    }

    /** The answer or {@code null}: for hot loops such as {@link Flow}. */
    Answer getOrNull(String questionId) {
        return byQuestion.get(questionId);
    }

    public Map<String, Answer> asMap() {
        return byQuestion;
    }

    public int size() {
        return byQuestion.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers other && byQuestion.equals(other.byQuestion);
    }

    @Override
    public int hashCode() {
        return byQuestion.hashCode();
    }

    @Override
    public String toString() {
        return "Answers[" + byQuestion.size() + " answer(s)]";
    }
}
