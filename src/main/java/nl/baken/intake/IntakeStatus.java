package nl.baken.intake;

/** Where an intake stands: being taken, paused (resume later), stopped early (a calm close), or finished. */
public enum IntakeStatus {
    IN_PROGRESS, PAUSED, STOPPED, FINISHED;

    /** True while the intake can be picked up again from the home screen. */
    public boolean isResumable() {
        return this == IN_PROGRESS || this == PAUSED;
    }
}
