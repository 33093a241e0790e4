package nl.baken.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);
    private static final OffsetDateTime MOMENT = OffsetDateTime.of(2024, 3, 5, 14, 7, 0, 0, ZoneOffset.ofHours(1));

    @Test
    void dutchWritesDaysAsDutchFormsDo() {
        assertThat(DateTimes.date(DAY, "nl")).isEqualTo("05-03-2024");
        assertThat(DateTimes.dateTime(MOMENT, "nl")).isEqualTo("05-03-2024 14:07");
        assertThat(DateTimes.written(DAY, "nl")).isEqualTo("5 maart 2024");
        assertThat(DateTimes.month(DAY, "nl")).isEqualTo("maart 2024");
    }

    @Test
    void englishWritesTheMonthInWordsSoNoReaderGuessesWhichComesFirst() {
        assertThat(DateTimes.date(DAY, "en")).isEqualTo("5 March 2024");
        assertThat(DateTimes.dateTime(MOMENT, "en")).isEqualTo("5 March 2024, 14:07");
        assertThat(DateTimes.written(DAY, "en")).isEqualTo("5 March 2024");
        assertThat(DateTimes.month(DAY, "en")).isEqualTo("March 2024");
    }

    @Test
    void aMonthStandsAloneInTheClientsLanguage() {
        assertThat(DateTimes.month(DAY, "pl")).isEqualTo("marzec 2024");
        assertThat(DateTimes.month(DAY, "ro")).isEqualTo("martie 2024");
    }

    @Test
    void aDateFieldShowsTheDayFirstInEveryLanguage() {
        assertThat(DateTimes.typed(DAY)).isEqualTo("05-03-2024");
    }

    @Test
    void aTypedDayIsReadDayFirstAndADayThatDoesNotExistIsNoDay() {
        assertThat(DateTimes.readTyped("05-03-2024")).contains(DAY);
        assertThat(DateTimes.readTyped("5-3-2024")).contains(DAY);
        assertThat(DateTimes.readTyped(DateTimes.typed(DAY))).contains(DAY);
        assertThat(DateTimes.readTyped("29-02-2028")).contains(LocalDate.of(2028, 2, 29));
        assertThat(DateTimes.readTyped("29-02-2027")).isEmpty();
        assertThat(DateTimes.readTyped("31-02-2026")).isEmpty();
        assertThat(DateTimes.readTyped("2024-03-05")).isEmpty();
        assertThat(DateTimes.readTyped("")).isEmpty();
    }

    @Test
    void aTypedTimeIsReadOnTheTwentyFourHourClock() {
        assertThat(DateTimes.readTime("9:30")).contains(LocalTime.of(9, 30));
        assertThat(DateTimes.readTime("23:59")).contains(LocalTime.of(23, 59));
        assertThat(DateTimes.readTime("24:00")).isEmpty();
        assertThat(DateTimes.readTime("12:60")).isEmpty();
        assertThat(DateTimes.readTime("half tien")).isEmpty();
    }

    @Test
    void noOtherCodeWritesItsOwnDatePattern() throws IOException {
        Path main = Path.of("src/main/java");
        Path home = main.resolve("nl/baken/i18n/DateTimes.java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java") && !f.equals(home))
                    .filter(f -> read(f).contains("DateTimeFormatter.ofPattern")
                            || read(f).contains("DateTimeFormatter.ofLocalized"))
                    .map(f -> main.relativize(f).toString())
                    .toList();
            assertThat(offenders).as("dates are formatted in nl.baken.i18n.DateTimes only").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
