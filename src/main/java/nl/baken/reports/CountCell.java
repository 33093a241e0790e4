package nl.baken.reports;

import java.util.OptionalInt;

/**
 * One count of the statistics as it may leave the vault: 0 and 5 or more exactly, 1 to 4 as "fewer than five" with
 * no number kept at all, so no screen, file or chart made from a cell can show a small group (ADR 0016).
 */
public final class CountCell {

    /** Counts below this (and above 0) are never shown. */
    public static final int THRESHOLD = 5;
    /** How a suppressed cell is written in every language: the screen, the CSV and a chart's label. */
    public static final String SUPPRESSED_TEXT = "<" + THRESHOLD;

    /**
     * How a cell of 5 or more is written when it is hidden so that a {@code <5} beside it cannot be worked out from
     * the table's total (ADR 0019): ASCII, like {@link #SUPPRESSED_TEXT}, and not a formula in a spreadsheet.
     */
    public static final String HIDDEN_TEXT = THRESHOLD + "+";

    private static final CountCell SUPPRESSED = new CountCell(-1);
    private static final CountCell HIDDEN = new CountCell(-2);
    private static final CountCell ZERO = new CountCell(0);

    private final int value;

    private CountCell(int value) {
        this.value = value;
    }

    /** The cell for a raw count: 1 to 4 become the one suppressed cell. */
    public static CountCell of(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
        if (count == 0) {
            return ZERO;
        }
        return count < THRESHOLD ? SUPPRESSED : new CountCell(count);
    }

    /** A cell of 5 or more whose number is hidden, to protect a small cell in the same table (ADR 0019). */
    static CountCell hidden() {
        return HIDDEN;
    }

    /** Whether this cell shows no number: it stands for 1 to 4, or it is a hidden 5 or more. */
    public boolean suppressed() {
        return value < 0;
    }

    /** The exact count, absent when suppressed: the only number a chart or file may take from a cell. */
    public OptionalInt shown() {
        return suppressed() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** The cell as text: the count, {@code <5}, or {@code 5+} when hidden. */
    public String text() {
        if (this == HIDDEN) {
            return HIDDEN_TEXT;
        }
        return suppressed() ? SUPPRESSED_TEXT : Integer.toString(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountCell other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    @Override
    public String toString() {
        return text();
    }
}
