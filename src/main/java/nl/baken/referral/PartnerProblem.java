package nl.baken.referral;

/** One problem found in a partner file, pointing at the offending key or value. */
public record PartnerProblem(String file, int line, int column, String message) {

    /** The problem as {@code FILE:LINE:COLUMN: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
