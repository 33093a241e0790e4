package nl.baken.reports;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.PARTNER;
import static nl.baken.store.generated.Tables.REFERRAL;
import static nl.baken.store.generated.Tables.REFLECTION_PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.intake.DemoCases;
import nl.baken.intake.DemoClock;
import nl.baken.intake.Intake;
import nl.baken.intake.JooqIntakeRepository;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Audience;
import nl.baken.questionnaire.Exploitation;
import nl.baken.questionnaire.Role;
import nl.baken.referral.DemoReferrals;
import nl.baken.session.UnlockedServices;
import nl.baken.store.Store;
import nl.baken.support.TestVault;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics over demo data: every count equals one made here another way (every row read and counted in Java,
 * consent through {@code ConsentService.isGiven}, ages through the intake repository's answers); no cell of 1 to 4
 * reaches the shown statistics or the CSV; a withdrawn statistics consent takes the case out of the next count.
 */
class StatisticsServiceTest {

    private static final int CASES = 100;
    @TempDir
    static Path dir;
    private static TestVault vault;
    private static UnlockedServices session;
    private static Store store;
    private static ZoneId zone;

    @BeforeAll
    static void demoVault() {
        vault = TestVault.in(dir);
        DemoClock clock = new DemoClock(Clock.systemDefaultZone());
        session = UnlockedServices.open(vault.open(), clock, null);
        store = session.vault().store();
        zone = clock.getZone();
        new DemoCases(store, session.intakes(), session.consent(), session.desk(), clock, new Random(16),
                List.of(new DemoReferrals(session.referrals()))).create(CASES, session.workerId(), n -> { /* no progress to show in a test */ });
        clock.release();
    }

    @AfterAll
    static void lock() {
        session.close();
    }

    private static StatisticsPeriod everything() {
        YearMonth now = YearMonth.now(zone);
        return new StatisticsPeriod(now.minusMonths(30), now);
    }

    @Test
    void everyCountEqualsAnIndependentCountOverTheWholeSpanAndAShortPeriod() {
        YearMonth now = YearMonth.now(zone);
        for (StatisticsPeriod period : List.of(everything(), new StatisticsPeriod(now.minusMonths(3),
                now.minusMonths(1)))) {
            StatisticsCounts counted = session.statistics().count(period);
            Expected expected = new Expected(period);
            for (StatisticsMeasure m : StatisticsMeasure.values()) {
                assertThat(counted.table(m)).as(m + " in " + period).isEqualTo(expected.tables.get(m));
            }
            assertThat(counted.counted()).as("counted").isEqualTo(expected.counted);
            assertThat(counted.leftOut()).as("left out").isEqualTo(expected.leftOut);
        }
        // The demo data gives every chart something to show, and some cases lack consent.
        Expected all = new Expected(everything());
        assertThat(all.tables.get(StatisticsMeasure.REFERRALS).values().stream().mapToInt(Integer::intValue).sum())
                .isPositive();
        assertThat(all.tables.get(StatisticsMeasure.REFLECTION_PERIODS).values().stream()
                .mapToInt(Integer::intValue).sum()).isPositive();
        assertThat(all.tables.get(StatisticsMeasure.AGE_GROUPS).get(AgeGroup.UNDER_18.code())).isPositive();
        assertThat(all.tables.get(StatisticsMeasure.NEW_CASES).values().stream().filter(n -> n > 0)).hasSizeGreaterThan(1);
        assertThat(all.leftOut).isPositive();
        assertThat(all.counted).isGreaterThan(all.leftOut);
    }

    @Test
    void noCellOfOneToFourReachesTheShownStatisticsOrTheCsv() {
        YearMonth now = YearMonth.now(zone);
        int suppressed = 0;
        int hidden = 0;
        for (StatisticsPeriod period : List.of(everything(), new StatisticsPeriod(now, now),
                new StatisticsPeriod(now.minusMonths(2), now.minusMonths(1)))) {
            Statistics shown = session.statistics().statistics(period, session.workerId());
            StatisticsCounts raw = session.statistics().count(period);
            for (StatisticsMeasure m : StatisticsMeasure.values()) {
                for (Statistics.Row row : shown.rows(m)) {
                    row.count().shown().ifPresent(n -> assertThat(n).as(m + " " + row.code()).isNotIn(1, 2, 3, 4));
                    if (row.count().text().equals(CountCell.HIDDEN_TEXT)) {
                        // Hidden so that a small cell beside it cannot be worked out (ADR 0019).
                        assertThat(raw.get(m, row.code())).as(m + " " + row.code()).isGreaterThanOrEqualTo(5);
                        hidden++;
                    } else {
                        assertThat(row.count()).isEqualTo(CountCell.of(raw.get(m, row.code())));
                    }
                    suppressed += row.count().suppressed() ? 1 : 0;
                }
            }
            String csv = StatisticsCsv.write(shown, key -> key);
            for (String line : csv.split("\r\n")) {
                String count = line.substring(line.lastIndexOf(',') + 1);
                assertThat(count).as(line).doesNotMatch("[1-4]");
            }
        }
        assertThat(suppressed).as("small cells exist in these periods, so the check means something").isPositive();
        System.out.println("StatisticsServiceTest: " + suppressed + " cells without a number, " + hidden
                + " of them 5 or more hidden beside a small one");
    }

    @Test
    void aWithdrawnStatisticsConsentTakesTheCaseOutOfTheNextCount() {
        StatisticsPeriod period = everything();
        StatisticsCounts before = session.statistics().count(period);
        var c = store.dsl().select(CASE_FILE.ID, CASE_FILE.CREATED_AT).from(CASE_FILE).orderBy(CASE_FILE.CREATED_AT)
                .fetch().stream().filter(r -> session.consent().isGiven(r.value1(), ConsentPurpose.STATISTICS))
                .reduce((a, b) -> b).orElseThrow();
        String month = YearMonth.from(c.value2().atZoneSameInstant(zone)).toString();

        session.consent().record(c.value1(), ConsentPurpose.STATISTICS, ConsentDecision.WITHDRAWN, Optional.empty(),
                false, session.workerId());

        StatisticsCounts after = session.statistics().count(period);
        assertThat(after.get(StatisticsMeasure.NEW_CASES, month))
                .isEqualTo(before.get(StatisticsMeasure.NEW_CASES, month) - 1);
        assertThat(after.counted()).isEqualTo(before.counted() - 1);
        assertThat(after.leftOut()).isEqualTo(before.leftOut() + 1);
        Expected expected = new Expected(period);
        assertThat(after.table(StatisticsMeasure.AGE_GROUPS)).isEqualTo(expected.tables.get(StatisticsMeasure.AGE_GROUPS));
    }

    /** The counts made the other way: every row read, the conditions applied in Java. */
    private static final class Expected {

        final Map<StatisticsMeasure, Map<String, Integer>> tables = new HashMap<>();
        int counted;
        int leftOut;

        Expected(StatisticsPeriod period) {
            Map<String, Boolean> consent = new HashMap<>();
            java.util.function.Predicate<String> given = id -> consent.computeIfAbsent(id,
                    k -> session.consent().isGiven(k, ConsentPurpose.STATISTICS));
            Set<String> inPeriod = new HashSet<>();
            Map<String, Integer> months = zeros(period.months().stream().map(YearMonth::toString).toList());
            Map<String, Integer> forms = zeros(Arrays.stream(Exploitation.values()).map(Exploitation::yamlName)
                    .toList());
            forms.put(StatisticsService.NONE, 0);
            Map<String, Integer> ages = zeros(Arrays.stream(AgeGroup.values()).map(AgeGroup::code).toList());
            JooqIntakeRepository intakes = new JooqIntakeRepository(store);
            Map<String, String> ageQuestion = new HashMap<>();
            session.intakes().library().available().forEach(q -> ageQuestion.put(q.questionnaire().id(),
                    q.questionnaire().questionFor(Role.AGE).orElseThrow().id()));
            for (Record r : store.dsl().selectFrom(CASE_FILE).fetch()) {
                String id = r.get(CASE_FILE.ID);
                YearMonth month = YearMonth.from(r.get(CASE_FILE.CREATED_AT).atZoneSameInstant(zone));
                if (month.isBefore(period.from()) || month.isAfter(period.to())) {
                    continue;
                }
                inPeriod.add(id);
                if (!given.test(id)) {
                    continue;
                }
                months.merge(month.toString(), 1, Integer::sum);
                String codes = r.get(CASE_FILE.EXPLOITATION_FORMS);
                if (codes.isEmpty()) {
                    forms.merge(StatisticsService.NONE, 1, Integer::sum);
                } else {
                    Arrays.stream(codes.split(",")).forEach(f -> forms.merge(f, 1, Integer::sum));
                }
                ages.merge(AgeGroup.of(age(intakes, ageQuestion, id)).code(), 1, Integer::sum);
            }
            Map<String, String> audienceOf = new HashMap<>();
            store.dsl().selectFrom(PARTNER).forEach(p -> audienceOf.put(p.getId(), p.getAudience()));
            Map<String, Integer> referrals = zeros(Audience.ids());
            for (var r : store.dsl().selectFrom(REFERRAL).fetch()) {
                YearMonth month = YearMonth.from(r.getCreatedAt().atZoneSameInstant(zone));
                if (month.isBefore(period.from()) || month.isAfter(period.to())) {
                    continue;
                }
                inPeriod.add(r.getCaseId());
                if (given.test(r.getCaseId())) {
                    referrals.merge(audienceOf.getOrDefault(r.getPartnerId(), StatisticsService.UNKNOWN_PARTNER), 1,
                            Integer::sum);
                }
            }
            Map<String, Integer> reflections = zeros(period.months().stream().map(YearMonth::toString).toList());
            for (var r : store.dsl().selectFrom(REFLECTION_PERIOD).fetch()) {
                LocalDate start = r.getStartDate();
                YearMonth month = YearMonth.from(start);
                if (month.isBefore(period.from()) || month.isAfter(period.to()) || r.getStatus().equals("OFFERED")) {
                    continue;
                }
                inPeriod.add(r.getCaseId());
                if (given.test(r.getCaseId())) {
                    reflections.merge(month.toString(), 1, Integer::sum);
                }
            }
            tables.put(StatisticsMeasure.NEW_CASES, months);
            tables.put(StatisticsMeasure.FORMS, forms);
            tables.put(StatisticsMeasure.AGE_GROUPS, ages);
            tables.put(StatisticsMeasure.REFERRALS, referrals);
            tables.put(StatisticsMeasure.REFLECTION_PERIODS, reflections);
            counted = (int) inPeriod.stream().filter(given).count();
            leftOut = inPeriod.size() - counted;
        }

        /** The age of the case's newest intake that holds one (by the seed's role: age question). */
        private static Optional<String> age(JooqIntakeRepository intakes, Map<String, String> ageQuestion,
                                            String caseId) {
            Optional<String> age = Optional.empty();
            for (Intake intake : intakes.forCase(caseId)) {
                String question = ageQuestion.get(intake.questionnaireId());
                Optional<String> here = intakes.answers(intake.id()).get(question).filter(Answer::hasValue)
                        .map(Answer::value);
                if (here.isPresent()) {
                    age = here;
                }
            }
            return age;
        }

        private static Map<String, Integer> zeros(List<String> codes) {
            Map<String, Integer> m = new java.util.LinkedHashMap<>();
            codes.forEach(c -> m.put(c, 0));
            return m;
        }
    }
}
