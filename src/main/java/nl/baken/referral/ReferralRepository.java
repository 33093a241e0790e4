package nl.baken.referral;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Referrals recorded on cases, in the encrypted vault. */
public interface ReferralRepository {

    void create(Referral referral);

    Optional<Referral> find(String id);

    /** The referrals of a case, newest first. */
    List<Referral> forCase(String caseId);

    void setStatus(String id, ReferralStatus status, Optional<String> note, OffsetDateTime at);
}
