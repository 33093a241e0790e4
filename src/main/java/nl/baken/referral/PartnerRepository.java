package nl.baken.referral;

import java.util.List;
import java.util.Optional;

/** The partner directory in the encrypted vault: the national seeds and the worker's regional partners. */
public interface PartnerRepository {

    /** Every partner: national first, then regional, each by name. */
    List<Partner> list();

    Optional<Partner> find(String id);

    /** Adds the partner, or replaces the one with the same id. */
    void save(Partner partner);

    void remove(String id);
}
