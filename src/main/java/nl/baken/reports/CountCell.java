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

    private static final CountCell SUPPRESSED = new CountCell(-1);
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

    /** Whether this cell stands for 1 to 4. */
    public boolean suppressed() {
        return value < 0;
    }

    /** The exact count, absent when suppressed: the only number a chart or file may take from a cell. */
    public OptionalInt shown() {
        return suppressed() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** The cell as text: the count, or {@code <5}. */
    public String text() {
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
