package nl.baken.cases;

import java.time.OffsetDateTime;

/** A short dated note on a case: a summary, not a transcript. The text is sealed in the vault. */
public record CaseNote(String id, String caseId, OffsetDateTime writtenAt, String text, String workerId) {

    /** The longest note, in characters. */
    public static final int MAX_TEXT = 2000;
}
