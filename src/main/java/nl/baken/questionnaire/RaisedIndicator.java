package nl.baken.questionnaire;

import java.util.List;
import java.util.Set;

/**
 * An indicator that visible answers raise: the forms of exploitation it points to (iterated in the order labour,
 * sexual, criminal, other; empty when only {@code exploitation: case} signals raised it and the case's form is not
 * yet known) and the ids of the questions that raised it, in file order.
 */
public record RaisedIndicator(String indicator, Set<Exploitation> exploitation, List<String> questionIds) {

    /** True when no form is known: it was raised only by {@code exploitation: case} signals of an unknown form. */
    public boolean formUnknown() {
        return exploitation.isEmpty();
    }
}
