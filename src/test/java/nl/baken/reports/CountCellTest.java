package nl.baken.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A count as it may be shown: 0 and 5 or more exactly, 1 to 4 as {@code <5} with no number kept. */
class CountCellTest {

    @Test
    void oneToFourAreSuppressedAndKeepNoNumberZeroAndFiveUpAreExact() {
        for (int n = 1; n <= 4; n++) {
            CountCell cell = CountCell.of(n);
            assertThat(cell.suppressed()).isTrue();
            assertThat(cell.text()).isEqualTo("<5");
            assertThat(cell.shown()).isEmpty();
            assertThat(cell).isEqualTo(CountCell.of(1));
        }
        assertThat(CountCell.of(0).text()).isEqualTo("0");
        assertThat(CountCell.of(0).shown()).hasValue(0);
        assertThat(CountCell.of(5).text()).isEqualTo("5");
        assertThat(CountCell.of(1234).shown()).hasValue(1234);
        assertThatThrownBy(() -> CountCell.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCsvQuotesWhatNeedsItAndWritesSuppressedCellsAsFewerThanFive() {
        YearMonth m = YearMonth.of(2026, 3);
        Statistics s = new Statistics(new StatisticsPeriod(m, m), Map.of(StatisticsMeasure.NEW_CASES,
                List.of(new Statistics.Row("2026-03", CountCell.of(3))), StatisticsMeasure.FORMS,
                List.of(new Statistics.Row("labour", CountCell.of(7)))), CountCell.of(10), CountCell.of(2));
        String csv = StatisticsCsv.write(s, key -> key.equals("stats.form.labour") ? "Arbeid, \"uitbuiting\"" : key);
        assertThat(csv).isEqualTo("stats.csv.measure,stats.csv.category,stats.csv.count\r\n"
                + "stats.csv.period,2026-03 - 2026-03,\r\n"
                + "stats.measure.new_cases,2026-03,<5\r\n"
                + "stats.measure.forms,\"Arbeid, \"\"uitbuiting\"\"\",7\r\n"
                + "stats.csv.counted,,10\r\n"
                + "stats.csv.left_out,,<5\r\n");
        assertThat(StatisticsCsv.quoted("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    }

    @Test
    void aPeriodIsNeverReversedNorLongerThanTenYears() {
        YearMonth m = YearMonth.of(2026, 3);
        assertThat(new StatisticsPeriod(m.minusMonths(2), m).months()).containsExactly(m.minusMonths(2),
                m.minusMonths(1), m);
        assertThat(StatisticsPeriod.valid(m, m.minusMonths(1))).isFalse();
        assertThat(StatisticsPeriod.valid(m.minusMonths(119), m)).isTrue();
        assertThat(StatisticsPeriod.valid(m.minusMonths(120), m)).isFalse();
        assertThat(StatisticsPeriod.parseMonth("2026-13")).isEmpty();
        assertThat(StatisticsPeriod.parseMonth("2026-3")).isEmpty();
        assertThat(StatisticsPeriod.parseMonth("2026-03")).hasValue(m);
    }
}
