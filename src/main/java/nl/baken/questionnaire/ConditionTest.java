package nl.baken.questionnaire;

/** A condition compiled against question positions: evaluated on the effective answers by index. */
@FunctionalInterface
interface ConditionTest {

    /** {@code effective[i]} is the answer of question i when it is visible, else null. */
    boolean test(Answer[] effective);
}
