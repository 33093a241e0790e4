package nl.baken.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Complementary hiding for a table whose rows split a total that another table gives away (ADR 0019): the new cases
 * per month and per age group both split the same new cases, so one table's sum is the other's total, and a lone
 * {@code <5} would be that total minus the cells shown. Cells of 5 or more are hidden ({@code 5+}) until no small
 * cell can be worked out: every small cell p must still be able to be any of 1 to 4 given the hidden cells' sum S,
 * which holds when at least one cell of 5 or more is hidden and S is at least 5 for each such cell, plus 1 for each
 * other small cell, plus 4. A table that is not safe even with every cell hidden ({@link Protected#safe()} false)
 * tells its caller that the total itself must not be given away.
 */
final class SharedTotalProtection {

    private SharedTotalProtection() {
    }

    /** A table's cells as they may be shown, and whether no small cell can be worked out even from its total. */
    record Protected(Map<String, CountCell> cells, boolean safe) {
    }

    /** The cells of {@code raw} (in its order) as they may be shown, given that its total is known. */
    static Protected protect(Map<String, Integer> raw) {
        int small = 0;
        long hiddenSum = 0;
        List<Map.Entry<String, Integer>> shown = new ArrayList<>();
        for (Map.Entry<String, Integer> e : raw.entrySet()) {
            if (e.getValue() > 0 && e.getValue() < CountCell.THRESHOLD) {
                small++;
                hiddenSum += e.getValue();
            } else if (e.getValue() >= CountCell.THRESHOLD) {
                shown.add(e);
            }
        }
        List<String> hide = new ArrayList<>();
        if (small > 0) {
            shown.sort(Comparator.comparingInt(Map.Entry::getValue));
            while (!safe(small, hide.size(), hiddenSum) && !shown.isEmpty()) {
                Map.Entry<String, Integer> pick = smallestThatSuffices(shown, small, hide.size(), hiddenSum);
                shown.remove(pick);
                hide.add(pick.getKey());
                hiddenSum += pick.getValue();
            }
        }
        Map<String, CountCell> out = new LinkedHashMap<>();
        raw.forEach((code, count) -> out.put(code, hide.contains(code) ? CountCell.hidden() : CountCell.of(count)));
        return new Protected(out, small == 0 || safe(small, hide.size(), hiddenSum));
    }

    /** Every cell of {@code raw} without its number: 0 stays 0, 1 to 4 is {@code <5}, 5 or more is {@code 5+}. */
    static Map<String, CountCell> hideAll(Map<String, Integer> raw) {
        Map<String, CountCell> out = new LinkedHashMap<>();
        raw.forEach((code, count) -> out.put(code, hidden(count)));
        return out;
    }

    /** One count without its number. */
    static CountCell hidden(int count) {
        return count >= CountCell.THRESHOLD ? CountCell.hidden() : CountCell.of(count);
    }

    /** No small cell can be pinned down: a hidden cell of 5 or more, and a hidden sum large enough. */
    static boolean safe(int small, int hiddenLarge, long hiddenSum) {
        return hiddenLarge > 0
                && hiddenSum >= (long) CountCell.THRESHOLD * hiddenLarge + (small - 1) + (CountCell.THRESHOLD - 1);
    }

    /** The smallest shown cell that makes the table safe by itself, else the largest (the most it can add). */
    private static Map.Entry<String, Integer> smallestThatSuffices(List<Map.Entry<String, Integer>> ascending,
                                                                  int small, int hiddenLarge, long hiddenSum) {
        for (Map.Entry<String, Integer> e : ascending) {
            if (safe(small, hiddenLarge + 1, hiddenSum + e.getValue())) {
                return e;
            }
        }
        return ascending.get(ascending.size() - 1);
    }
}
