package nl.baken.intake.ui;

/** One section in the wizard's progress line: its title and whether it is done, current or still to come. */
public record SectionStep(String sectionId, String title, State state) {

    /** Where the interview stands in this section. */
    public enum State { DONE, CURRENT, PENDING }
}
