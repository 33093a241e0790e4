package nl.baken.ui;

/** Named actions for callbacks that have nothing to do, so an empty lambda never stands in the code unexplained. */
public final class Actions {

    /** Does nothing: for a step with no follow-up (e.g. nothing to keep before a lock, no screen to go back to). */
    public static final Runnable NONE = Actions::none;

    private Actions() {
    }

    private static void none() {
        // Nothing to do, on purpose: the caller has no follow-up for this step.
    }
}
