package nl.baken.referral;

import static nl.baken.store.generated.Tables.PARTNER;

import java.util.List;
import java.util.Optional;
import nl.baken.store.Store;

/** {@link PartnerRepository} on the encrypted store; contact details and notes are sealed ({@link nl.baken.store.Sealer}). */
public final class JooqPartnerRepository implements PartnerRepository {

    private final Store store;

    public JooqPartnerRepository(Store store) {
        this.store = store;
    }

    @Override
    public List<Partner> list() {
        return store.dsl().selectFrom(PARTNER).orderBy(PARTNER.NATIONAL.desc(), PARTNER.NAME, PARTNER.ID)
                .fetch(this::toPartner);
    }

    @Override
    public Optional<Partner> find(String id) {
        return store.dsl().selectFrom(PARTNER).where(PARTNER.ID.eq(id)).fetchOptional(this::toPartner);
    }

    @Override
    public void save(Partner p) {
        var seal = store.sealer();
        byte[] contact = seal.seal(PARTNER.CONTACT_PERSON, p.contactPerson(), p.id());
        byte[] phone = seal.seal(PARTNER.PHONE, p.phone(), p.id());
        byte[] email = seal.seal(PARTNER.SECURE_EMAIL, p.secureEmail(), p.id());
        byte[] notes = seal.seal(PARTNER.NOTES, p.notes(), p.id());
        store.dsl().mergeInto(PARTNER).using(store.dsl().selectOne()).on(PARTNER.ID.eq(p.id()))
                .whenMatchedThenUpdate()
                .set(PARTNER.NAME, p.name())
                .set(PARTNER.AUDIENCE, p.audience())
                .set(PARTNER.CONTACT_PERSON, contact)
                .set(PARTNER.PHONE, phone)
                .set(PARTNER.SECURE_EMAIL, email)
                .set(PARTNER.NOTES, notes)
                .set(PARTNER.NATIONAL, p.national())
                .whenNotMatchedThenInsert(PARTNER.ID, PARTNER.NAME, PARTNER.AUDIENCE, PARTNER.CONTACT_PERSON,
                        PARTNER.PHONE, PARTNER.SECURE_EMAIL, PARTNER.NOTES, PARTNER.NATIONAL)
                .values(p.id(), p.name(), p.audience(), contact, phone, email, notes,
                        p.national())
                .execute();
    }

    @Override
    public void remove(String id) {
        store.dsl().deleteFrom(PARTNER).where(PARTNER.ID.eq(id)).execute();
    }

    private Partner toPartner(nl.baken.store.generated.tables.records.PartnerRecord r) {
        var seal = store.sealer();
        return new Partner(r.getId(), r.getName(), r.getAudience(),
                seal.open(PARTNER.CONTACT_PERSON, r.getContactPerson(), r.getId()),
                seal.open(PARTNER.PHONE, r.getPhone(), r.getId()),
                seal.open(PARTNER.SECURE_EMAIL, r.getSecureEmail(), r.getId()),
                seal.open(PARTNER.NOTES, r.getNotes(), r.getId()), Boolean.TRUE.equals(r.getNational()));
    }
}
