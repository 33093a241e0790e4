package nl.baken.questionnaire;

/** How far a visible section is: of its visible questions (notes not counted), how many are dealt with. */
public record SectionProgress(String sectionId, int dealtWith, int visible) {

    /** True when every visible question has an answer in some state. */
    public boolean complete() {
        return dealtWith == visible;
    }
}
