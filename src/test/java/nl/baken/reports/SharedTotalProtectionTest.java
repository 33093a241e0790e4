package nl.baken.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * ADR 0019: in a table whose total is known from another table, no {@code <5} can be worked out. The attacker knows
 * the total, every number shown, that each {@code <5} is 1 to 4 and each {@code 5+} is 5 or more; for every table
 * each small cell must still be able to be any of 1 to 4. Numbers that are shown are the exact counts.
 */
class SharedTotalProtectionTest {

    @Test
    void aLoneSmallCellBesideATotalIsCoveredByAHiddenCellLargeEnough() {
        Map<String, CountCell> cells = SharedTotalProtection.protect(table(1, 5, 6, 9, 30)).cells();
        // 1 + 5 = 6 would pin the 1, 1 + 6 = 7 too (7 - 5 = 2 leaves 1 or 2); 1 + 9 = 10 leaves 1 to 4 open.
        assertThat(texts(cells)).containsExactly("<5", "5", "6", "5+", "30");
    }

    @Test
    void aTableWithoutSmallCellsIsShownWholeAndZeroStaysZero() {
        assertThat(texts(SharedTotalProtection.protect(table(0, 5, 12)).cells())).containsExactly("0", "5", "12");
    }

    @Test
    void aTableThatCannotBeMadeSafeSaysSoSoItsTotalIsNotGivenAway() {
        // 1 + 5 = 6 with the 5+ at least 5: the 1 would be certain even with the whole table hidden.
        SharedTotalProtection.Protected table = SharedTotalProtection.protect(table(1, 5));
        assertThat(table.safe()).isFalse();
        assertThat(texts(SharedTotalProtection.hideAll(table(1, 0, 5)))).containsExactly("<5", "0", "5+");
    }

    /** The helper's finding: 58 new cases and 57 with no form known said that one case named all three forms. */
    @Test
    void theNoFormRowIsHiddenWhenOnlyOneToFourCasesNameAForm() {
        for (int naming : new int[] {1, 8}) {
            StatisticsCounts counts = new StatisticsCounts(new StatisticsPeriod(java.time.YearMonth.of(2026, 9),
                    java.time.YearMonth.of(2026, 12)));
            counts.put(StatisticsMeasure.NEW_CASES, "2026-11", 30);
            counts.put(StatisticsMeasure.NEW_CASES, "2026-12", 28);
            counts.put(StatisticsMeasure.FORMS, "labour", naming);
            counts.put(StatisticsMeasure.FORMS, StatisticsService.NONE, 58 - naming);
            counts.setCounted(58);
            Statistics shown = counts.suppressed();
            String none = shown.rows(StatisticsMeasure.FORMS).stream()
                    .filter(r -> r.code().equals(StatisticsService.NONE)).findFirst().orElseThrow().count().text();
            assertThat(none).as("%d cases name a form", naming).isEqualTo(naming == 1 ? "5+" : "50");
        }
    }

    @Property(tries = 2000)
    void noSmallCellCanBeWorkedOutFromTheTotal(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 40) Integer> counts) {
        Map<String, Integer> raw = table(counts.stream().mapToInt(Integer::intValue).toArray());
        SharedTotalProtection.Protected table = SharedTotalProtection.protect(raw);
        Map<String, CountCell> cells = table.cells();
        long total = raw.values().stream().mapToLong(Integer::longValue).sum();
        long shownSum = 0;
        int small = 0;
        int hiddenLarge = 0;
        for (Map.Entry<String, CountCell> e : cells.entrySet()) {
            CountCell cell = e.getValue();
            if (cell.shown().isPresent()) {
                assertThat(cell.shown().getAsInt()).as("a number shown is the exact count")
                        .isEqualTo(raw.get(e.getKey()));
                shownSum += cell.shown().getAsInt();
            } else if (cell.text().equals(CountCell.SUPPRESSED_TEXT)) {
                assertThat(raw.get(e.getKey())).isBetween(1, 4);
                small++;
            } else {
                assertThat(cell.text()).isEqualTo(CountCell.HIDDEN_TEXT);
                assertThat(raw.get(e.getKey())).isGreaterThanOrEqualTo(5);
                hiddenLarge++;
            }
        }
        if (small == 0 || !table.safe()) {
            // Not safe: the caller then hides the total too (StatisticsTest); nothing to work out from here.
            return;
        }
        long hidden = total - shownSum;
        // The largest value a small cell can take: the hidden sum less the least the other hidden cells can be.
        long highest = Math.min(4, hidden - (small - 1) - 5L * hiddenLarge);
        // The smallest: the hidden sum less the most the others can be (unbounded when a 5+ is hidden).
        long lowest = hiddenLarge > 0 ? 1 : Math.max(1, hidden - 4L * (small - 1));
        assertThat(lowest).as("%s: a small cell could be told from 1", raw).isEqualTo(1);
        assertThat(highest).as("%s: a small cell could be told from 4", raw).isEqualTo(4);
    }

    private static Map<String, Integer> table(int... counts) {
        Map<String, Integer> raw = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            raw.put("row" + i, counts[i]);
        }
        return raw;
    }

    private static List<String> texts(Map<String, CountCell> cells) {
        return cells.values().stream().map(CountCell::text).toList();
    }
}
