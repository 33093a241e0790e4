package nl.baken.questionnaire;

import java.util.Set;

/** A sign of exploitation that a question's answer raises when {@code when} holds. */
public record Signal(Condition when, String indicator, Set<Exploitation> exploitation) {

    public Signal {
        exploitation = Set.copyOf(exploitation);
    }
}
