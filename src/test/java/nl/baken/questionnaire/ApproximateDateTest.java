package nl.baken.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link ApproximateDate}: the stored forms, what a worker may type, and how it compares. */
class ApproximateDateTest {

    @ParameterizedTest
    @CsvSource({
        "2024, YEAR, 2024-01-01",
        "2024-03, MONTH, 2024-03-01",
        "2024-03-15, DAY, 2024-03-15",
        "2024-02-29, DAY, 2024-02-29"})
    void theStoredFormsParseAndAreKeptAsGiven(String text, ApproximateDate.Precision precision, LocalDate first) {
        ApproximateDate date = ApproximateDate.parse(text).orElseThrow();
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.firstDay()).isEqualTo(first);
        assertThat(date.canonical()).isEqualTo(text);
        assertThat(date.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "20245", "2024-3", "2024-13", "2024-00", "2024-02-30", "2023-02-29",
        "2024-03-1", "2024-03-15T10:00", " 2024", "maart 2024", "15-03-2024"})
    void anythingElseIsNotAStoredForm(String text) {
        assertThat(ApproximateDate.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024|2024",
        "  2024 |2024",
        "maart 2024|2024-03",
        "Maart 2024|2024-03",
        "mrt 2024|2024-03",
        "mrt. 2024|2024-03",
        "MRT 2024|2024-03",
        "march 2024|2024-03",
        "Mar 2024|2024-03",
        "mei 2023|2023-05",
        "May 2023|2023-05",
        "okt 2022|2022-10",
        "Oct 2022|2022-10",
        "sept 2021|2021-09",
        "augustus   2020|2020-08",
        "03-2024|2024-03",
        "3-2024|2024-03",
        "3/2024|2024-03",
        "12/2024|2024-12",
        "03.2024|2024-03",
        "2024-03|2024-03",
        "15-03-2024|2024-03-15",
        "5-3-2024|2024-03-05",
        "5/3/2024|2024-03-05",
        "05.03.2024|2024-03-05",
        "2024-03-15|2024-03-15",
        "15 maart 2024|2024-03-15",
        "1 March 2024|2024-03-01",
        "29-02-2024|2024-02-29"})
    void whatAWorkerTypesIsRead(String typed, String stored) {
        assertThat(ApproximateDate.read(typed).map(ApproximateDate::canonical)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "32-13-2024", "31-04-2024", "29-02-2023", "13-2024", "0-2024",
        "maar 2024", "maart", "2024 maart", "24", "3-24", "15-03-24", "ongeveer 2024", "vorig jaar", "2024-13",
        "1-1-1-2024", "32 maart 2024"})
    void whatCannotBeReadIsRefused(String typed) {
        assertThat(ApproximateDate.read(typed)).isEmpty();
    }

    @Test
    void readingNullIsEmpty() {
        assertThat(ApproximateDate.read(null)).isEmpty();
        assertThat(ApproximateDate.parse(null)).isEmpty();
    }

    @Test
    void aFullDateIsFullAndTheOthersAreNot() {
        assertThat(ApproximateDate.read("15-03-2024").orElseThrow().isFullDate()).isTrue();
        assertThat(ApproximateDate.read("maart 2024").orElseThrow().isFullDate()).isFalse();
        assertThat(ApproximateDate.read("2024").orElseThrow().isFullDate()).isFalse();
    }

    @Test
    void theFactoriesMakeTheSameAsParsing() {
        assertThat(ApproximateDate.ofYear(2024)).isEqualTo(ApproximateDate.parse("2024").orElseThrow());
        assertThat(ApproximateDate.ofMonth(2024, 3)).isEqualTo(ApproximateDate.parse("2024-03").orElseThrow());
        assertThat(ApproximateDate.of(LocalDate.of(2024, 3, 15)))
                .isEqualTo(ApproximateDate.parse("2024-03-15").orElseThrow());
        // The same first day with another precision is another date: "2024" is not "2024-01-01".
        assertThat(ApproximateDate.ofYear(2024)).isNotEqualTo(ApproximateDate.of(LocalDate.of(2024, 1, 1)));
    }
}
