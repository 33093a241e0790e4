package nl.baken.cases;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.INTAKE;

import java.util.List;
import java.util.Optional;
import nl.baken.store.Store;
import nl.baken.store.generated.tables.records.CaseFileRecord;
import org.jooq.impl.DSL;

/** {@link CaseRepository} on the encrypted store; the alias is sealed (see {@link nl.baken.store.Sealer}). */
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
                .set(CASE_FILE.WORKER_ID, c.workerId())
                .execute();
    }

    @Override
    public Optional<CaseFile> find(String id) {
        return store.dsl().selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(id)).fetchOptional(this::toCase);
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
    public void setAlias(String id, Optional<String> alias) {
        store.dsl().update(CASE_FILE).set(CASE_FILE.ALIAS, store.sealer().seal(CASE_FILE.ALIAS, alias.orElse(null), id)).where(CASE_FILE.ID.eq(id)).execute();
    }

    @Override
    public void setStatus(String id, CaseStatus status) {
        store.dsl().update(CASE_FILE).set(CASE_FILE.STATUS, status.name()).where(CASE_FILE.ID.eq(id)).execute();
    }

    private CaseFile toCase(CaseFileRecord r) {
        return new CaseFile(r.getId(), r.getReference(),
                Optional.ofNullable(store.sealer().open(CASE_FILE.ALIAS, r.getAlias(), r.getId())),
                CaseStatus.valueOf(r.getStatus()), r.getCreatedAt(), r.getWorkerId());
    }
}
