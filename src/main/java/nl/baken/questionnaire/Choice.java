package nl.baken.questionnaire;

/** One choice of a single or multi question: the stored value and its label. */
public record Choice(String value, LocalizedText label) {
}
