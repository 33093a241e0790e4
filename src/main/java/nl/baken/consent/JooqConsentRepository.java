package nl.baken.consent;

import static nl.baken.store.generated.Tables.CONSENT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.baken.store.Store;


/** {@link ConsentRepository} on the encrypted store. */
public final class JooqConsentRepository implements ConsentRepository {

    private final Store store;

    public JooqConsentRepository(Store store) {
        this.store = store;
    }

    @Override
    public void record(String caseId, ConsentRecord r) {
        store.dsl().insertInto(CONSENT)
                .set(CONSENT.CASE_ID, caseId)
                .set(CONSENT.PURPOSE, r.purpose().code())
                .set(CONSENT.DECISION, r.decision().name())
                .set(CONSENT.SIGNED_BY, r.signedBy().map(Enum::name).orElse(null))
                .set(CONSENT.FORM_RECEIVED, r.formReceived())
                .set(CONSENT.RECORDED_AT, r.recordedAt())
                .set(CONSENT.WORKER_ID, r.workerId())
                .execute();
    }

    @Override
    public Map<ConsentPurpose, ConsentRecord> current(String caseId) {
        Map<ConsentPurpose, ConsentRecord> latest = new LinkedHashMap<>();
        for (ConsentRecord r : history(caseId)) {
            latest.put(r.purpose(), r);
        }
        Map<ConsentPurpose, ConsentRecord> ordered = new LinkedHashMap<>();
        for (ConsentPurpose p : ConsentPurpose.all()) {
            if (latest.containsKey(p)) {
                ordered.put(p, latest.get(p));
            }
        }
        return ordered;
    }

    @Override
    public List<ConsentRecord> history(String caseId) {
        return store.dsl().selectFrom(CONSENT).where(CONSENT.CASE_ID.eq(caseId)).orderBy(CONSENT.ID)
                .fetch(JooqConsentRepository::toRecord);
    }

    private static ConsentRecord toRecord(nl.baken.store.generated.tables.records.ConsentRecord r) {
        return new ConsentRecord(new ConsentPurpose(r.getPurpose()), ConsentDecision.valueOf(r.getDecision()),
                Optional.ofNullable(r.getSignedBy()).map(ConsentSigner::valueOf), r.getFormReceived(),
                r.getRecordedAt(), r.getWorkerId());
    }
}
