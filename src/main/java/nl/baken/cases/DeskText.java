package nl.baken.cases;

/** The one check of every text the desk keeps (a task, a note, a close reason): short, not empty, no control codes. */
public final class DeskText {

    private DeskText() {
    }

    /**
     * The text stripped; refused when empty, longer than {@code max}, or holding control characters (line breaks
     * and tabs only where {@code multiLine}).
     */
    public static String require(String text, int max, boolean multiLine) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new CaseDeskException(CaseDeskException.Reason.EMPTY_TEXT);
        }
        if (clean.length() > max) {
            throw new CaseDeskException(CaseDeskException.Reason.TEXT_TOO_LONG);
        }
        boolean bad = clean.chars().anyMatch(ch -> Character.isISOControl(ch)
                && !(multiLine && (ch == '\n' || ch == '\t' || ch == '\r')));
        if (bad) {
            throw new CaseDeskException(CaseDeskException.Reason.INVALID_TEXT);
        }
        return clean;
    }
}
