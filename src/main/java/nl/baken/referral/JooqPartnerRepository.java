package nl.baken.referral;

import static nl.baken.store.generated.Tables.PARTNER;

import java.util.List;
import java.util.Optional;
import nl.baken.store.Store;
import org.jooq.exception.DataAccessException;

/** {@link PartnerRepository} on the encrypted store. */
public final class JooqPartnerRepository implements PartnerRepository {

    private final Store store;

    public JooqPartnerRepository(Store store) {
        this.store = store;
    }

    @Override
    public List<Partner> list() {
        try {
            return store.dsl().selectFrom(PARTNER).orderBy(PARTNER.NATIONAL.desc(), PARTNER.NAME, PARTNER.ID)
                    .fetch(JooqPartnerRepository::toPartner);
        } catch (DataAccessException e) {
            throw Store.safe(e);
        }
    }

    @Override
    public Optional<Partner> find(String id) {
        try {
            return store.dsl().selectFrom(PARTNER).where(PARTNER.ID.eq(id)).fetchOptional(JooqPartnerRepository::toPartner);
        } catch (DataAccessException e) {
            throw Store.safe(e);
        }
    }

    @Override
    public void save(Partner p) {
        try {
            store.dsl().mergeInto(PARTNER).using(store.dsl().selectOne()).on(PARTNER.ID.eq(p.id()))
                    .whenMatchedThenUpdate()
                    .set(PARTNER.NAME, p.name())
                    .set(PARTNER.AUDIENCE, p.audience())
                    .set(PARTNER.CONTACT_PERSON, p.contactPerson())
                    .set(PARTNER.PHONE, p.phone())
                    .set(PARTNER.SECURE_EMAIL, p.secureEmail())
                    .set(PARTNER.NOTES, p.notes())
                    .set(PARTNER.NATIONAL, p.national())
                    .whenNotMatchedThenInsert(PARTNER.ID, PARTNER.NAME, PARTNER.AUDIENCE, PARTNER.CONTACT_PERSON,
                            PARTNER.PHONE, PARTNER.SECURE_EMAIL, PARTNER.NOTES, PARTNER.NATIONAL)
                    .values(p.id(), p.name(), p.audience(), p.contactPerson(), p.phone(), p.secureEmail(), p.notes(),
                            p.national())
                    .execute();
        } catch (DataAccessException e) {
            throw Store.safe(e);
        }
    }

    @Override
    public void remove(String id) {
        try {
            store.dsl().deleteFrom(PARTNER).where(PARTNER.ID.eq(id)).execute();
        } catch (DataAccessException e) {
            throw Store.safe(e);
        }
    }

    private static Partner toPartner(nl.baken.store.generated.tables.records.PartnerRecord r) {
        return new Partner(r.getId(), r.getName(), r.getAudience(), r.getContactPerson(), r.getPhone(),
                r.getSecureEmail(), r.getNotes(), Boolean.TRUE.equals(r.getNational()));
    }
}
