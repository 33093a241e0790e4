package nl.baken.cases;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.CASE_NOTE;
import static nl.baken.store.generated.Tables.CASE_TASK;
import static nl.baken.store.generated.Tables.INTAKE;
import static nl.baken.store.generated.Tables.REFERRAL;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.baken.questionnaire.Exploitation;
import nl.baken.store.Store;
import nl.baken.store.generated.tables.records.CaseFileRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** {@link CaseRepository} on the encrypted store; the alias and the close reason are sealed (see {@link nl.baken.store.Sealer}). */
public final class JooqCaseRepository implements CaseRepository {

    /** {@code intake.status} of a finished intake (IntakeStatus.FINISHED's name). */
    private static final String FINISHED = "FINISHED";
    private final Store store;

    public JooqCaseRepository(Store store) {
        this.store = store;
    }

    @Override
    public void create(CaseFile c) {
        store.dsl().insertInto(CASE_FILE)
                .set(CASE_FILE.ID, c.id())
                .set(CASE_FILE.REFERENCE, c.reference())
                .set(CASE_FILE.ALIAS, store.sealer().seal(CASE_FILE.ALIAS, c.alias().orElse(null), c.id()))
                .set(CASE_FILE.STATUS, c.status().name())
                .set(CASE_FILE.CREATED_AT, c.createdAt())
                .set(CASE_FILE.LAST_ACTIVITY_AT, c.createdAt())
                .set(CASE_FILE.WORKER_ID, c.workerId())
                .execute();
    }

    @Override
    public Optional<CaseFile> find(String id) {
        return store.dsl().selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(id)).fetchOptional(this::toCase);
    }

    @Override
    public Optional<CaseFile> findByReference(String reference) {
        return store.dsl().selectFrom(CASE_FILE).where(CASE_FILE.REFERENCE.eq(reference)).fetchOptional(this::toCase);
    }

    @Override
    public List<CaseFile> list() {
        return store.dsl().selectFrom(CASE_FILE).orderBy(CASE_FILE.CREATED_AT.desc(), CASE_FILE.ID)
                .fetch(this::toCase);
    }

    @Override
    public List<CaseFile> withFinishedIntake() {
        // The intake's status as stored: cases may not use the intake package, whose IntakeStatus names it.
        return store.dsl().selectFrom(CASE_FILE)
                .whereExists(DSL.selectOne().from(INTAKE)
                        .where(INTAKE.CASE_ID.eq(CASE_FILE.ID).and(INTAKE.STATUS.eq(FINISHED))))
                .orderBy(CASE_FILE.CREATED_AT.desc(), CASE_FILE.ID)
                .fetch(this::toCase);
    }

    @Override
    public List<CaseSummary> summaries() {
        return summaries(DSL.noCondition());
    }

    @Override
    public Optional<CaseSummary> summary(String id) {
        return summaries(CASE_FILE.ID.eq(id)).stream().findFirst();
    }

    /** One query: the cases with the next open task's due date and the number of intakes, joined as grouped tables. */
    private List<CaseSummary> summaries(Condition where) {
        Field<LocalDate> nextDue = DSL.min(CASE_TASK.DUE_DATE).as("next_due");
        var due = store.dsl().select(CASE_TASK.CASE_ID, nextDue).from(CASE_TASK).where(CASE_TASK.DONE.isFalse())
                .groupBy(CASE_TASK.CASE_ID).asTable("due");
        Field<Integer> count = DSL.count().as("intakes");
        var intakes = store.dsl().select(INTAKE.CASE_ID, count).from(INTAKE).groupBy(INTAKE.CASE_ID)
                .asTable("intakes");
        Field<String> dueCase = due.field(CASE_TASK.CASE_ID);
        Field<String> intakeCase = intakes.field(INTAKE.CASE_ID);
        Field<LocalDate> dueField = due.field(nextDue);
        Field<Integer> countField = intakes.field(count);
        return store.dsl().select(CASE_FILE.ID, CASE_FILE.REFERENCE, CASE_FILE.STATUS, CASE_FILE.WORKER_ID,
                        CASE_FILE.CREATED_AT, CASE_FILE.LAST_ACTIVITY_AT, CASE_FILE.CLOSED_AT,
                        CASE_FILE.EXPLOITATION_FORMS, dueField, countField)
                .from(CASE_FILE)
                .leftJoin(due).on(dueCase.eq(CASE_FILE.ID))
                .leftJoin(intakes).on(intakeCase.eq(CASE_FILE.ID))
                .where(where)
                .orderBy(CASE_FILE.LAST_ACTIVITY_AT.desc(), CASE_FILE.ID)
                .fetch(r -> toSummary(r, dueField, countField));
    }

    private static CaseSummary toSummary(Record r, Field<LocalDate> due, Field<Integer> count) {
        Integer intakes = r.get(count);
        return new CaseSummary(r.get(CASE_FILE.ID), r.get(CASE_FILE.REFERENCE), CaseStatus.valueOf(r.get(CASE_FILE.STATUS)),
                r.get(CASE_FILE.WORKER_ID), r.get(CASE_FILE.CREATED_AT), r.get(CASE_FILE.LAST_ACTIVITY_AT),
                Optional.ofNullable(r.get(CASE_FILE.CLOSED_AT)), Optional.ofNullable(r.get(due)),
                intakes == null ? 0 : intakes, forms(r.get(CASE_FILE.EXPLOITATION_FORMS)));
    }

    /** The codes column ({@code labour,sexual}) as forms; an unknown code (a newer version's) is left out. */
    static Set<Exploitation> forms(String codes) {
        Set<Exploitation> forms = EnumSet.noneOf(Exploitation.class);
        if (codes != null && !codes.isEmpty()) {
            Arrays.stream(codes.split(",")).map(Exploitation::fromYaml).flatMap(Optional::stream).forEach(forms::add);
        }
        return forms;
    }

    static String codes(Set<Exploitation> forms) {
        return forms.stream().sorted().map(Exploitation::yamlName).collect(Collectors.joining(","));
    }

    @Override
    public Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        store.dsl().select(CASE_FILE.ID, CASE_FILE.ALIAS).from(CASE_FILE).where(CASE_FILE.ALIAS.isNotNull())
                .forEach(r -> aliases.put(r.value1(), store.sealer().open(CASE_FILE.ALIAS, r.value2(), r.value1())));
        return aliases;
    }

    @Override
    public Map<String, String> aliasesOf(java.util.Collection<String> ids) {
        Map<String, String> aliases = new LinkedHashMap<>();
        store.dsl().select(CASE_FILE.ID, CASE_FILE.ALIAS).from(CASE_FILE)
                .where(CASE_FILE.ALIAS.isNotNull()).and(CASE_FILE.ID.in(ids))
                .forEach(r -> aliases.put(r.value1(), store.sealer().open(CASE_FILE.ALIAS, r.value2(), r.value1())));
        return aliases;
    }

    @Override
    public void setAlias(String id, Optional<String> alias) {
        store.dsl().update(CASE_FILE).set(CASE_FILE.ALIAS, store.sealer().seal(CASE_FILE.ALIAS, alias.orElse(null), id)).where(CASE_FILE.ID.eq(id)).execute();
    }

    @Override
    public void setStatus(String id, CaseStatus status) {
        store.dsl().update(CASE_FILE).set(CASE_FILE.STATUS, status.name()).where(CASE_FILE.ID.eq(id)).execute();
    }

    @Override
    public void close(String id, String reason, OffsetDateTime at) {
        store.dsl().update(CASE_FILE)
                .set(CASE_FILE.STATUS, CaseStatus.CLOSED.name())
                .set(CASE_FILE.CLOSED_AT, at)
                .set(CASE_FILE.CLOSE_REASON, store.sealer().seal(CASE_FILE.CLOSE_REASON, reason, id))
                .set(CASE_FILE.LAST_ACTIVITY_AT, at)
                .where(CASE_FILE.ID.eq(id)).execute();
    }

    @Override
    public void reopen(String id, OffsetDateTime at) {
        store.dsl().update(CASE_FILE)
                .set(CASE_FILE.STATUS, CaseStatus.OPEN.name())
                .setNull(CASE_FILE.CLOSED_AT)
                .set(CASE_FILE.LAST_ACTIVITY_AT, at)
                .where(CASE_FILE.ID.eq(id)).execute();
    }

    @Override
    public Optional<String> closeReason(String id) {
        return store.dsl().select(CASE_FILE.CLOSE_REASON).from(CASE_FILE).where(CASE_FILE.ID.eq(id))
                .fetchOptional(r -> store.sealer().open(CASE_FILE.CLOSE_REASON, r.value1(), id));
    }

    @Override
    public void setWorker(String id, String workerId, OffsetDateTime at) {
        store.dsl().update(CASE_FILE).set(CASE_FILE.WORKER_ID, workerId).set(CASE_FILE.LAST_ACTIVITY_AT, at)
                .where(CASE_FILE.ID.eq(id)).execute();
    }

    @Override
    public void touch(String id, OffsetDateTime at) {
        store.dsl().update(CASE_FILE).set(CASE_FILE.LAST_ACTIVITY_AT, at)
                .where(CASE_FILE.ID.eq(id).and(CASE_FILE.LAST_ACTIVITY_AT.lt(at))).execute();
    }

    @Override
    public void setExploitationForms(String id, Set<Exploitation> forms) {
        store.dsl().update(CASE_FILE).set(CASE_FILE.EXPLOITATION_FORMS, codes(forms)).where(CASE_FILE.ID.eq(id))
                .execute();
    }

    @Override
    public Set<String> subjectIds(String id) {
        var dsl = store.dsl();
        Set<String> ids = new java.util.LinkedHashSet<>();
        ids.add(id);
        dsl.select(INTAKE.ID).from(INTAKE).where(INTAKE.CASE_ID.eq(id))
                .unionAll(dsl.select(REFERRAL.ID).from(REFERRAL).where(REFERRAL.CASE_ID.eq(id)))
                .unionAll(dsl.select(CASE_TASK.ID).from(CASE_TASK).where(CASE_TASK.CASE_ID.eq(id)))
                .unionAll(dsl.select(CASE_NOTE.ID).from(CASE_NOTE).where(CASE_NOTE.CASE_ID.eq(id)))
                .forEach(r -> ids.add(r.value1()));
        return ids;
    }

    private CaseFile toCase(CaseFileRecord r) {
        return new CaseFile(r.getId(), r.getReference(),
                Optional.ofNullable(store.sealer().open(CASE_FILE.ALIAS, r.getAlias(), r.getId())),
                CaseStatus.valueOf(r.getStatus()), r.getCreatedAt(), r.getWorkerId());
    }
}
