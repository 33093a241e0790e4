package nl.baken.questionnaire;

import java.util.Set;

/**
 * A sign of exploitation that a question's answer raises when {@code when} holds. Its forms are either written out
 * ({@code exploitation}) or, with {@code exploitation: case} ({@code formsOfCase}), those of the case: the answer to
 * the questionnaire's {@link ExploitationForms} question.
 */
public record Signal(Condition when, String indicator, Set<Exploitation> exploitation, boolean formsOfCase) {

    public Signal {
        exploitation = Set.copyOf(exploitation);
    }

    /** A signal with its forms written out. */
    public Signal(Condition when, String indicator, Set<Exploitation> exploitation) {
        this(when, indicator, exploitation, false);
    }
}
