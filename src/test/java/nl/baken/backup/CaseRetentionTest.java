package nl.baken.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.baken.store.SettingsRepository;
import org.junit.jupiter.api.Test;

/** The retention term's month arithmetic and its setting: default 24, whole months 1 to 600, bad input refused. */
class CaseRetentionTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void aCaseIsDueOnItsClosingDayPlusTheMonthsInCalendarMonths() {
        assertThat(CaseRetention.dueOn(at("2024-03-15T10:00:00Z"), 24, AMSTERDAM)).isEqualTo(LocalDate.of(2026, 3, 15));
        // The last day of a month goes to the last day of the shorter month, leap years included.
        assertThat(CaseRetention.dueOn(at("2024-08-31T10:00:00Z"), 6, AMSTERDAM)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(CaseRetention.dueOn(at("2023-08-31T10:00:00Z"), 6, AMSTERDAM)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(CaseRetention.dueOn(at("2024-02-29T10:00:00Z"), 12, AMSTERDAM)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(CaseRetention.dueOn(at("2024-01-31T10:00:00Z"), 1, AMSTERDAM)).isEqualTo(LocalDate.of(2024, 2, 29));
        // The closing day is the worker's: 23:30 UTC on 31 December is already 1 January in Amsterdam.
        assertThat(CaseRetention.dueOn(at("2024-12-31T23:30:00Z"), 24, AMSTERDAM)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(CaseRetention.dueOn(at("2024-12-31T23:30:00Z"), 24, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void theTermIsTheSettingWhenItIsAWholeNumberOfMonthsElseTheDefault() {
        Map<String, String> values = new HashMap<>();
        CaseRetention retention = new CaseRetention(null, settings(values), Clock.system(AMSTERDAM));
        assertThat(retention.months()).isEqualTo(CaseRetention.DEFAULT_MONTHS).isEqualTo(24);
        retention.setMonths(" 36 ");
        assertThat(retention.months()).isEqualTo(36);
        assertThat(values).containsEntry(CaseRetention.MONTHS_SETTING, "36");
        for (String bad : new String[] {"0", "-3", "601", "twee", "", "1.5", null}) {
            assertThatThrownBy(() -> retention.setMonths(bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(retention.months()).as("a refused value changes nothing").isEqualTo(36);
        assertThat(CaseRetention.parse("600")).contains(600);
        values.put(CaseRetention.MONTHS_SETTING, "not a number");
        assertThat(retention.months()).isEqualTo(24);
    }

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }

    private static SettingsRepository settings(Map<String, String> values) {
        return new SettingsRepository() {
            @Override
            public Optional<String> get(String name) {
                return Optional.ofNullable(values.get(name));
            }

            @Override
            public void put(String name, String value) {
                values.put(name, value);
            }
        };
    }
}
