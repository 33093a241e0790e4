package nl.baken.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * One answer: a state and, in state {@link AnswerState#VALUE}, its canonical value(s) (one for every type but
 * multi, whose list may hold any number of choice values). The values are personal data: never log them.
 */
public record Answer(AnswerState state, List<String> values) {

    private static final Answer DONT_KNOW = new Answer(AnswerState.DONT_KNOW, List.of());
    private static final Answer DECLINED = new Answer(AnswerState.DECLINED, List.of());
    private static final Answer SKIPPED = new Answer(AnswerState.SKIPPED, List.of());

    public Answer {
        Objects.requireNonNull(state, "state");
        values = List.copyOf(values);
        if (state != AnswerState.VALUE && !values.isEmpty()) {
            throw new IllegalArgumentException("only an answer in state VALUE has values");
        }
    }

    /** A single value in canonical form. */
    public static Answer of(String value) {
        return new Answer(AnswerState.VALUE, List.of(value));
    }

    /** The chosen values of a multi question. */
    public static Answer ofAll(List<String> values) {
        return new Answer(AnswerState.VALUE, values);
    }

    public static Answer dontKnow() {
        return DONT_KNOW;
    }

    public static Answer declined() {
        return DECLINED;
    }

    public static Answer skipped() {
        return SKIPPED;
    }

    public static Answer ofState(AnswerState state) {
        return switch (state) {
            case DONT_KNOW -> DONT_KNOW;
            case DECLINED -> DECLINED;
            case SKIPPED -> SKIPPED;
            case VALUE -> throw new IllegalArgumentException("a value answer needs its value");
        };
    }

    public boolean hasValue() {
        return state == AnswerState.VALUE;
    }

    /** The one value of a non-multi answer; throws when there is none. */
    public String value() {
        if (!hasValue() || values.size() != 1) {
            throw new IllegalStateException("answer has no single value");
        }
        return values.get(0);
    }

    @Override
    public String toString() {
        return "Answer[" + state + ", " + values.size() + " value(s)]";
    }
}
