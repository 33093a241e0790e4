package nl.baken.referral;

import static nl.baken.store.generated.Tables.REFERRAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.baken.store.Store;
import nl.baken.store.StoreException;

/** {@link ReferralRepository} on the encrypted store; the item lists are kept as JSON, sealed like the note. */
public final class JooqReferralRepository implements ReferralRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Store store;

    public JooqReferralRepository(Store store) {
        this.store = store;
    }

    @Override
    public void create(Referral r) {
        store.dsl().insertInto(REFERRAL)
                .set(REFERRAL.ID, r.id())
                .set(REFERRAL.CASE_ID, r.caseId())
                .set(REFERRAL.PARTNER_ID, r.partnerId())
                .set(REFERRAL.CREATED_AT, r.createdAt())
                .set(REFERRAL.WORKER_ID, r.workerId())
                .set(REFERRAL.LANGUAGE, r.language())
                .set(REFERRAL.INCLUDE_NAME, r.includeName())
                .set(REFERRAL.ITEMS, store.sealer().seal(REFERRAL.ITEMS, json(r.items()), r.id()))
                .set(REFERRAL.OUTSIDE_SHARE, store.sealer().seal(REFERRAL.OUTSIDE_SHARE, json(r.outsideShare().stream()
                        .map(o -> Map.of("question", o.questionId(), "reason", o.reason())).toList()), r.id()))
                .set(REFERRAL.STATUS, r.status().name())
                .set(REFERRAL.STATUS_NOTE, store.sealer().seal(REFERRAL.STATUS_NOTE, r.statusNote().orElse(null), r.id()))
                .set(REFERRAL.STATUS_CHANGED_AT, r.statusChangedAt())
                .execute();
    }

    @Override
    public Optional<Referral> find(String id) {
        return store.dsl().selectFrom(REFERRAL).where(REFERRAL.ID.eq(id))
                .fetchOptional(this::toReferral);
    }

    @Override
    public List<Referral> forCase(String caseId) {
        return store.dsl().selectFrom(REFERRAL).where(REFERRAL.CASE_ID.eq(caseId))
                .orderBy(REFERRAL.CREATED_AT.desc(), REFERRAL.ID).fetch(this::toReferral);
    }

    @Override
    public void setStatus(String id, ReferralStatus status, Optional<String> note, OffsetDateTime at) {
        int n = store.dsl().update(REFERRAL).set(REFERRAL.STATUS, status.name())
                .set(REFERRAL.STATUS_NOTE, store.sealer().seal(REFERRAL.STATUS_NOTE, note.orElse(null), id)).set(REFERRAL.STATUS_CHANGED_AT, at)
                .where(REFERRAL.ID.eq(id)).execute();
        if (n == 0) {
            throw new StoreException(StoreException.Reason.MISSING, 0);
        }
    }

    private Referral toReferral(nl.baken.store.generated.tables.records.ReferralRecord r) {
        List<String> items = read(store.sealer().open(REFERRAL.ITEMS, r.getItems(), r.getId()),
                new TypeReference<List<String>>() { });
        List<Map<String, String>> outside = read(store.sealer().open(REFERRAL.OUTSIDE_SHARE, r.getOutsideShare(),
                r.getId()), new TypeReference<List<Map<String, String>>>() { });
        return new Referral(r.getId(), r.getCaseId(), r.getPartnerId(), r.getCreatedAt(), r.getWorkerId(),
                r.getLanguage(), Boolean.TRUE.equals(r.getIncludeName()), items,
                outside.stream().map(m -> new Referral.OutsideShare(m.get("question"), m.get("reason"))).toList(),
                ReferralStatus.valueOf(r.getStatus()),
                Optional.ofNullable(store.sealer().open(REFERRAL.STATUS_NOTE, r.getStatusNote(), r.getId())),
                r.getStatusChangedAt());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreException.Reason.WRITE_FAILED, 0);
        }
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the stored text: only the reason leaves here.
            throw new StoreException(StoreException.Reason.UNREADABLE, 0);
        }
    }
}
