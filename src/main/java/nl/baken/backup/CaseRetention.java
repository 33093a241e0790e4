package nl.baken.backup;

import static nl.baken.store.generated.Tables.CASE_FILE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.baken.store.SettingsRepository;
import nl.baken.store.Store;

/**
 * How long a closed case is kept (issue 14 part 7): the setting {@value #MONTHS_SETTING}, default
 * {@value #DEFAULT_MONTHS} months after closing (the municipality decides), and the closed cases past it. It only
 * lists them: nothing is ever erased without a worker's action ({@link CaseErasure}).
 */
public final class CaseRetention {

    public static final String MONTHS_SETTING = "retention.months_after_closing";
    public static final int DEFAULT_MONTHS = 24;
    /** The longest term accepted: 50 years. */
    public static final int MAX_MONTHS = 600;
    private static final String CLOSED = "CLOSED";

    /** A closed case past its term: erasable since {@code dueOn} (the closing day plus the months). */
    public record Due(String caseId, String reference, OffsetDateTime closedAt, LocalDate dueOn) {
    }

    private final Store store;
    private final SettingsRepository settings;
    private final Clock clock;

    public CaseRetention(Store store, SettingsRepository settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** The term in months: the setting when it is a whole number from 1 to {@link #MAX_MONTHS}, else the default. */
    public int months() {
        return settings.get(MONTHS_SETTING).flatMap(CaseRetention::parse).orElse(DEFAULT_MONTHS);
    }

    /** Sets the term; anything but a whole number from 1 to {@link #MAX_MONTHS} is refused and changes nothing. */
    public void setMonths(String text) {
        int months = parse(text).orElseThrow(() -> new IllegalArgumentException("retention months out of range"));
        settings.put(MONTHS_SETTING, Integer.toString(months));
    }

    /** {@code text} as a term in months, when it is a whole number from 1 to {@link #MAX_MONTHS}. */
    public static Optional<Integer> parse(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            return n >= 1 && n <= MAX_MONTHS ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The day a case closed at {@code closedAt} may be erased: its closing day where the worker is, plus
     * {@code months} calendar months (a closing on 31 August, 6 months: 28 or 29 February).
     */
    public static LocalDate dueOn(OffsetDateTime closedAt, int months, ZoneId zone) {
        return closedAt.atZoneSameInstant(zone).toLocalDate().plusMonths(months);
    }

    /** The closed cases whose term has passed by today (on or after their due day), longest due first. */
    public List<Due> due() {
        int months = months();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        // Cases closed after today minus the months less a few days cannot be due; the rest are checked exactly.
        OffsetDateTime latest = today.minusMonths(months).plusDays(4).atStartOfDay(zone).toOffsetDateTime();
        return store.dsl().select(CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.CLOSED_AT).from(CASE_FILE)
                .where(CASE_FILE.STATUS.eq(CLOSED).and(CASE_FILE.CLOSED_AT.lt(latest)))
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), dueOn(r.value3(), months, zone)))
                .stream()
                .filter(d -> !today.isBefore(d.dueOn()))
                .sorted(Comparator.comparing(Due::dueOn).thenComparing(Due::reference))
                .toList();
    }
}
