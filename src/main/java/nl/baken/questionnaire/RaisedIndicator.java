package nl.baken.questionnaire;

import java.util.List;
import java.util.Set;

/**
 * An indicator that visible answers raise: the forms of exploitation it points to (iterated in the order labour,
 * sexual, criminal, other) and the ids of the questions that raised it, in file order.
 */
public record RaisedIndicator(String indicator, Set<Exploitation> exploitation, List<String> questionIds) {
}
