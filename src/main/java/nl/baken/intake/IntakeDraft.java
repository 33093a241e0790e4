package nl.baken.intake;

/**
 * Text typed into a question's answer field but not saved as an answer, kept when the app locked so it is not
 * lost. It is never an answer: it is offered again in the field on resume, and counts nowhere (ADR 0007).
 */
public record IntakeDraft(String questionId, String text) {
}
