package nl.baken.reports;

import static nl.baken.store.generated.Tables.ANSWER;
import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.CONSENT;
import static nl.baken.store.generated.Tables.INTAKE;
import static nl.baken.store.generated.Tables.PARTNER;
import static nl.baken.store.generated.Tables.QUESTIONNAIRE_VERSION;
import static nl.baken.store.generated.Tables.REFERRAL;
import static nl.baken.store.generated.Tables.REFLECTION_PERIOD;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.baken.audit.AuditLog;
import nl.baken.cases.ReflectionStatus;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.questionnaire.AnswerState;
import nl.baken.questionnaire.Audience;
import nl.baken.questionnaire.Exploitation;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.Role;
import nl.baken.store.Store;
import nl.baken.store.generated.tables.Consent;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistics of a period, counted by the database: only cases whose newest {@code statistics} consent is
 * "given" count (one indexed look-up per case on {@code consent_case}). What it reads (ADR 0016): plain columns only
 * (case opening times and form codes, referral times with the partner's audience, reflection start dates and
 * statuses), and for the age groups the one {@code role: age} answer of each counted case, opened in pages of
 * {@value #PAGE} cases; no alias, note or other answer is read, and nothing is kept per case beyond a page.
 */
public final class StatisticsService {

    /** The category of a case whose intakes name no form of exploitation yet, and of a referral's lost partner. */
    public static final String NONE = "none";
    static final String UNKNOWN_PARTNER = "unknown";
    private static final int PAGE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(StatisticsService.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final QuestionnaireLibrary library;
    private final AuditLog audit;
    private final ZoneId zone;

    /** Months begin and end in {@code zone} (the app's clock's). */
    public StatisticsService(Store store, QuestionnaireLibrary library, AuditLog audit, ZoneId zone) {
        this.store = store;
        this.library = library;
        this.audit = audit;
        this.zone = zone;
    }

    /** The period's statistics, small counts shown as {@code <5}; the viewing is audited (no case: no subject). */
    public Statistics statistics(StatisticsPeriod period, String workerId) {
        Statistics statistics = count(period).suppressed();
        audit.record(workerId, "STATISTICS_VIEW", null);
        return statistics;
    }

    /** Records that the table or a chart left the vault as a file (CSV or PNG). */
    public void recordExport(String workerId) {
        audit.record(workerId, "STATISTICS_EXPORT", null);
    }

    /** The raw counts (small ones included): for this package and its tests only. */
    StatisticsCounts count(StatisticsPeriod period) {
        long started = System.nanoTime();
        DSLContext dsl = store.dsl();
        StatisticsCounts counts = new StatisticsCounts(period);
        casesOpened(dsl, period, counts);
        ageGroups(dsl, period, counts);
        referrals(dsl, period, counts);
        reflectionPeriods(dsl, period, counts);
        consentOfThePeriod(dsl, period, counts);
        LOG.info("statistics {} to {} counted in {} ms", period.from(), period.to(),
                (System.nanoTime() - started) / 1_000_000);
        return counts;
    }

    /** Whether the newest {@code statistics} consent of the case is "given" (a withdrawal or decline comes later). */
    static Condition consented(Field<String> caseId) {
        Consent c = CONSENT.as("stat_consent");
        return DSL.field(DSL.select(c.DECISION).from(c)
                        .where(c.CASE_ID.eq(caseId).and(c.PURPOSE.eq(ConsentPurpose.STATISTICS.code())))
                        .orderBy(c.ID.desc()).limit(1))
                .eq(ConsentDecision.GIVEN.name());
    }

    private OffsetDateTime start(YearMonth month) {
        return StatisticsPeriod.startOf(month, zone);
    }

    private Condition opened(StatisticsPeriod period) {
        return CASE_FILE.CREATED_AT.ge(start(period.from())).and(CASE_FILE.CREATED_AT.lt(start(period.to()
                .plusMonths(1))));
    }

    private Condition referred(StatisticsPeriod period) {
        return REFERRAL.CREATED_AT.ge(start(period.from())).and(REFERRAL.CREATED_AT.lt(start(period.to()
                .plusMonths(1))));
    }

    /** A reflection period counts as started on its start date, unless it was only offered. */
    private static Condition started(StatisticsPeriod period) {
        return REFLECTION_PERIOD.START_DATE.ge(period.firstDay()).and(REFLECTION_PERIOD.START_DATE
                .lt(period.dayAfter())).and(REFLECTION_PERIOD.STATUS.ne(ReflectionStatus.OFFERED.name()));
    }

    /** New cases per month and cases per form of exploitation: one pass over the period's cases. */
    private void casesOpened(DSLContext dsl, StatisticsPeriod period, StatisticsCounts counts) {
        List<Field<?>> fields = new ArrayList<>();
        for (YearMonth m : period.months()) {
            fields.add(DSL.count().filterWhere(CASE_FILE.CREATED_AT.ge(start(m))
                    .and(CASE_FILE.CREATED_AT.lt(start(m.plusMonths(1))))));
        }
        Field<String> codes = DSL.concat(DSL.inline(","), CASE_FILE.EXPLOITATION_FORMS, DSL.inline(","));
        for (Exploitation form : Exploitation.values()) {
            fields.add(DSL.count().filterWhere(codes.like("%," + form.yamlName() + ",%")));
        }
        fields.add(DSL.count().filterWhere(CASE_FILE.EXPLOITATION_FORMS.eq("")));
        Record r = dsl.select(fields).from(CASE_FILE).where(opened(period)).and(consented(CASE_FILE.ID)).fetchOne();
        int i = 0;
        for (YearMonth m : period.months()) {
            counts.put(StatisticsMeasure.NEW_CASES, m.toString(), r.get(i++, Integer.class));
        }
        for (Exploitation form : Exploitation.values()) {
            counts.put(StatisticsMeasure.FORMS, form.yamlName(), r.get(i++, Integer.class));
        }
        counts.put(StatisticsMeasure.FORMS, NONE, r.get(i, Integer.class));
    }

    /**
     * Cases per age group, from each counted case's newest {@code role: age} answer with a value. Cases are read in
     * pages along the opening-time index; per page one query reads the age answers of its cases only.
     */
    private void ageGroups(DSLContext dsl, StatisticsPeriod period, StatisticsCounts counts) {
        for (AgeGroup g : AgeGroup.values()) {
            counts.put(StatisticsMeasure.AGE_GROUPS, g.code(), 0);
        }
        Condition ageQuestion = ageQuestions(dsl);
        Condition cases = opened(period).and(consented(CASE_FILE.ID));
        Record2<OffsetDateTime, String> last = null;
        while (true) {
            var query = dsl.select(CASE_FILE.CREATED_AT, CASE_FILE.ID).from(CASE_FILE).where(cases)
                    .orderBy(CASE_FILE.CREATED_AT, CASE_FILE.ID);
            List<Record2<OffsetDateTime, String>> page = (last == null ? query.limit(PAGE)
                    : query.seek(last.value1(), last.value2()).limit(PAGE)).fetch();
            if (page.isEmpty()) {
                return;
            }
            List<String> ids = page.stream().map(Record2::value2).toList();
            Map<String, String> ages = new HashMap<>();
            dsl.select(INTAKE.CASE_ID, ANSWER.INTAKE_ID, ANSWER.QUESTION_ID, ANSWER.ANSWER_VALUES)
                    .from(ANSWER).join(INTAKE).on(INTAKE.ID.eq(ANSWER.INTAKE_ID))
                    .where(INTAKE.CASE_ID.in(ids)).and(ANSWER.STATE.eq(AnswerState.VALUE.name())).and(ageQuestion)
                    .orderBy(ANSWER.ANSWERED_AT)
                    .forEach(a -> ages.put(a.value1(), firstValue(store.sealer().open(ANSWER.ANSWER_VALUES,
                            a.value4(), a.value2(), a.value3()))));
            for (String id : ids) {
                counts.add(StatisticsMeasure.AGE_GROUPS, AgeGroup.of(Optional.ofNullable(ages.get(id))).code(), 1);
            }
            last = page.get(page.size() - 1);
        }
    }

    /** Which question holds the age in each questionnaire version the vault keeps (its {@code role: age}). */
    private Condition ageQuestions(DSLContext dsl) {
        Condition any = DSL.falseCondition();
        for (var v : dsl.select(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID, QUESTIONNAIRE_VERSION.VERSION)
                .from(QUESTIONNAIRE_VERSION).fetch()) {
            Optional<String> question = library.fromVault(store, v.value1(), v.value2())
                    .flatMap(s -> s.questionnaire().questionFor(Role.AGE)).map(Question::id);
            if (question.isPresent()) {
                any = any.or(INTAKE.QUESTIONNAIRE_ID.eq(v.value1()).and(INTAKE.QUESTIONNAIRE_VERSION.eq(v.value2()))
                        .and(ANSWER.QUESTION_ID.eq(question.get())));
            }
        }
        return any;
    }

    private static String firstValue(String json) {
        try {
            String[] values = JSON.readValue(json, String[].class);
            return values.length == 0 ? null : values[0];
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Referrals made in the period, per audience of the partner (a partner no longer in the directory: unknown). */
    private void referrals(DSLContext dsl, StatisticsPeriod period, StatisticsCounts counts) {
        for (String audience : Audience.ids()) {
            counts.put(StatisticsMeasure.REFERRALS, audience, 0);
        }
        dsl.select(PARTNER.AUDIENCE, DSL.count()).from(REFERRAL).leftJoin(PARTNER).on(PARTNER.ID
                        .eq(REFERRAL.PARTNER_ID))
                .where(referred(period)).and(consented(REFERRAL.CASE_ID))
                .groupBy(PARTNER.AUDIENCE)
                .forEach(r -> counts.add(StatisticsMeasure.REFERRALS,
                        Audience.isKnown(r.value1()) ? r.value1() : UNKNOWN_PARTNER, r.value2()));
    }

    /** Reflection periods started in the period, per month of their start. */
    private void reflectionPeriods(DSLContext dsl, StatisticsPeriod period, StatisticsCounts counts) {
        List<Field<?>> fields = new ArrayList<>();
        for (YearMonth m : period.months()) {
            fields.add(DSL.count().filterWhere(REFLECTION_PERIOD.START_DATE.ge(m.atDay(1))
                    .and(REFLECTION_PERIOD.START_DATE.lt(m.plusMonths(1).atDay(1)))));
        }
        Record r = dsl.select(fields).from(REFLECTION_PERIOD).where(started(period))
                .and(consented(REFLECTION_PERIOD.CASE_ID)).fetchOne();
        int i = 0;
        for (YearMonth m : period.months()) {
            counts.put(StatisticsMeasure.REFLECTION_PERIODS, m.toString(), r.get(i++, Integer.class));
        }
    }

    /**
     * The cases that fall in the period (opened, referred or a reflection period started in it): how many count,
     * and how many are left out for lack of statistics consent.
     */
    private void consentOfThePeriod(DSLContext dsl, StatisticsPeriod period, StatisticsCounts counts) {
        Table<?> inPeriod = DSL.select(CASE_FILE.ID.as("case_id")).from(CASE_FILE).where(opened(period))
                .union(DSL.select(REFERRAL.CASE_ID).from(REFERRAL).where(referred(period)))
                .union(DSL.select(REFLECTION_PERIOD.CASE_ID).from(REFLECTION_PERIOD).where(started(period)))
                .asTable("in_period");
        Field<String> caseId = inPeriod.field(0, String.class);
        Record2<Integer, Integer> r = dsl.select(DSL.count().filterWhere(consented(caseId)), DSL.count())
                .from(inPeriod).fetchOne();
        counts.setCounted(r.value1());
        counts.setLeftOut(r.value2() - r.value1());
    }
}
