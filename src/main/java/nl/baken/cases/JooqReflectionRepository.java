package nl.baken.cases;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.REFLECTION_PERIOD;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.baken.store.Store;
import nl.baken.store.generated.tables.records.ReflectionPeriodRecord;
import org.jooq.impl.DSL;

/** {@link ReflectionRepository} on the store: dates, status and ids only, nothing sealed. */
public final class JooqReflectionRepository implements ReflectionRepository {

    private final Store store;

    public JooqReflectionRepository(Store store) {
        this.store = store;
    }

    @Override
    public void put(ReflectionPeriod p) {
        store.dsl().mergeInto(REFLECTION_PERIOD)
                .using(store.dsl().selectOne())
                .on(REFLECTION_PERIOD.CASE_ID.eq(p.caseId()))
                .whenMatchedThenUpdate()
                .set(REFLECTION_PERIOD.START_DATE, p.start())
                .set(REFLECTION_PERIOD.EXTENSION, p.extension().toString())
                .set(REFLECTION_PERIOD.END_DATE, p.end())
                .set(REFLECTION_PERIOD.STATUS, p.status().name())
                .set(REFLECTION_PERIOD.SOURCE_INTAKE_ID, p.sourceIntakeId().orElse(null))
                .set(REFLECTION_PERIOD.RECORDED_BY, p.recordedBy())
                .set(REFLECTION_PERIOD.RECORDED_AT, p.recordedAt())
                .whenNotMatchedThenInsert(REFLECTION_PERIOD.CASE_ID, REFLECTION_PERIOD.START_DATE,
                        REFLECTION_PERIOD.EXTENSION, REFLECTION_PERIOD.END_DATE, REFLECTION_PERIOD.STATUS,
                        REFLECTION_PERIOD.SOURCE_INTAKE_ID, REFLECTION_PERIOD.RECORDED_BY, REFLECTION_PERIOD.RECORDED_AT)
                .values(p.caseId(), p.start(), p.extension().toString(), p.end(), p.status().name(),
                        p.sourceIntakeId().orElse(null), p.recordedBy(), p.recordedAt())
                .execute();
    }

    @Override
    public Optional<ReflectionPeriod> find(String caseId) {
        return store.dsl().selectFrom(REFLECTION_PERIOD).where(REFLECTION_PERIOD.CASE_ID.eq(caseId))
                .fetchOptional(JooqReflectionRepository::toPeriod);
    }

    @Override
    public List<ReflectionDeadlineRow> running(Optional<LocalDate> lastEnd, int limit) {
        return store.dsl().select(REFLECTION_PERIOD.fields()).select(CASE_FILE.REFERENCE)
                .from(REFLECTION_PERIOD).join(CASE_FILE).on(CASE_FILE.ID.eq(REFLECTION_PERIOD.CASE_ID))
                .where(REFLECTION_PERIOD.STATUS.eq(ReflectionStatus.RUNNING.name()))
                .and(lastEnd.map(REFLECTION_PERIOD.END_DATE::le).orElse(DSL.noCondition()))
                .orderBy(REFLECTION_PERIOD.END_DATE, CASE_FILE.REFERENCE)
                .limit(limit)
                .fetch(r -> new ReflectionDeadlineRow(toPeriod(r.into(REFLECTION_PERIOD)), r.get(CASE_FILE.REFERENCE)));
    }

    @Override
    public int countRunningEndingBy(LocalDate lastEnd) {
        return store.dsl().fetchCount(REFLECTION_PERIOD, REFLECTION_PERIOD.STATUS.eq(ReflectionStatus.RUNNING.name())
                .and(REFLECTION_PERIOD.END_DATE.le(lastEnd)));
    }

    private static ReflectionPeriod toPeriod(ReflectionPeriodRecord r) {
        return new ReflectionPeriod(r.getCaseId(), r.getStartDate(), Period.parse(r.getExtension()),
                ReflectionStatus.valueOf(r.getStatus()), Optional.ofNullable(r.getSourceIntakeId()), r.getRecordedBy(),
                r.getRecordedAt());
    }
}
