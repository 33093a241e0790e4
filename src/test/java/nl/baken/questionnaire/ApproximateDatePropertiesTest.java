package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of {@link ApproximateDate} over random dates and the ways people write them. */
class ApproximateDatePropertiesTest {

    private static final List<String> DUTCH = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");
    private static final List<String> DUTCH_SHORT = List.of("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug",
            "sep", "okt", "nov", "dec");

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 130).map(d -> LocalDate.of(1920, 1, 1).plusDays(d));
    }

    @Provide
    Arbitrary<ApproximateDate> approximateDates() {
        return Combinators.combine(dates(), Arbitraries.of(ApproximateDate.Precision.values())).as((d, p) ->
                switch (p) {
                    case YEAR -> ApproximateDate.ofYear(d.getYear());
                    case MONTH -> ApproximateDate.ofMonth(d.getYear(), d.getMonthValue());
                    case DAY -> ApproximateDate.of(d);
                });
    }

    @Property(tries = 300)
    void theStoredFormReadsBackToTheSameDate(@ForAll("approximateDates") ApproximateDate date) {
        assertThat(ApproximateDate.parse(date.canonical())).contains(date);
        assertThat(ApproximateDate.read(date.canonical())).contains(date);
    }

    @Property(tries = 300)
    void theFirstDayIsInThePeriodAndNoLaterThanAnyDayOfIt(@ForAll("approximateDates") ApproximateDate date,
            @ForAll("dates") LocalDate other) {
        LocalDate first = date.firstDay();
        assertThat(first.getYear()).isEqualTo(date.year());
        boolean inPeriod = switch (date.precision()) {
            case YEAR -> other.getYear() == date.year();
            case MONTH -> other.getYear() == date.year() && other.getMonthValue() == date.month();
            case DAY -> other.equals(first);
        };
        if (inPeriod) {
            assertThat(first).isBeforeOrEqualTo(other);
        }
    }

    @Property(tries = 300)
    void aFullDateWrittenTheDutchWayIsReadAsThatDay(@ForAll("dates") LocalDate date) {
        for (String pattern : List.of("dd-MM-yyyy", "d-M-yyyy", "d/M/yyyy", "dd.MM.yyyy", "yyyy-MM-dd")) {
            String typed = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(date);
            assertThat(ApproximateDate.read(typed)).as(typed).contains(ApproximateDate.of(date));
        }
        String named = date.getDayOfMonth() + " " + DUTCH.get(date.getMonthValue() - 1) + " " + date.getYear();
        assertThat(ApproximateDate.read(named)).as(named).contains(ApproximateDate.of(date));
    }

    @Property(tries = 300)
    void aMonthWrittenAnyUsualWayIsReadAsThatMonth(@ForAll("dates") LocalDate date) {
        ApproximateDate month = ApproximateDate.ofMonth(date.getYear(), date.getMonthValue());
        int m = date.getMonthValue();
        int y = date.getYear();
        for (String typed : List.of(DUTCH.get(m - 1) + " " + y, DUTCH_SHORT.get(m - 1) + " " + y,
                date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + y,
                date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + y,
                String.format(Locale.ROOT, "%02d-%d", m, y), m + "/" + y, m + "-" + y,
                String.format(Locale.ROOT, "%d-%02d", y, m))) {
            assertThat(ApproximateDate.read(typed)).as(typed).contains(month);
        }
    }

    @Property(tries = 300)
    void readingNeverThrowsAndWhatItReadsIsAStoredForm(@ForAll String typed) {
        ApproximateDate.read(typed).ifPresent(d -> assertThat(ApproximateDate.parse(d.canonical())).contains(d));
    }

    @Property(tries = 200)
    void anImpossibleDayOrMonthIsRefused(@ForAll("dates") LocalDate date) {
        int y = date.getYear();
        assertThat(ApproximateDate.read("32-" + date.getMonthValue() + "-" + y)).isEmpty();
        assertThat(ApproximateDate.read(date.getDayOfMonth() + "-13-" + y)).isEmpty();
        assertThat(ApproximateDate.read("13-" + y)).isEmpty();
    }
}
