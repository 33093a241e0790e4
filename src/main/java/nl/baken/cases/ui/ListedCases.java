package nl.baken.cases.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.baken.cases.CaseSummary;

/**
 * Every case's list row in the order it was read, and where each case is in it, so a search's hits (a few thousand
 * of 100,000) are put in list order without visiting every row. Built off the FX thread.
 */
final class ListedCases {

    static final ListedCases NONE = new ListedCases(List.of());

    private final List<CaseSummary> rows;
    private final Map<String, Integer> positions;

    ListedCases(List<CaseSummary> read) {
        this.rows = List.copyOf(read);
        this.positions = new HashMap<>(rows.size() * 4 / 3 + 1);
        for (int i = 0; i < rows.size(); i++) {
            positions.put(rows.get(i).id(), i);
        }
    }

    /** Every row, in the order read. */
    List<CaseSummary> rows() {
        return rows;
    }

    int size() {
        return rows.size();
    }

    /** The rows of the cases {@code ids}, in the order read; ids not in the list (made since) are left out. */
    List<CaseSummary> inOrder(Collection<String> ids) {
        int[] at = new int[ids.size()];
        int n = 0;
        for (String id : ids) {
            Integer i = positions.get(id);
            if (i != null) {
                at[n++] = i;
            }
        }
        Arrays.sort(at, 0, n);
        List<CaseSummary> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(rows.get(at[k]));
        }
        return out;
    }
}
