package nl.baken.intake.ui;

/**
 * One line of the review before finishing: the question, the answer as words, and whether it needs another look
 * (marked "later" or not answered yet). A row with a null questionId is a section heading.
 */
public record ReviewRow(String sectionTitle, String questionId, String question, String answer, boolean flagged) {

    public boolean isHeading() {
        return questionId == null;
    }
}
