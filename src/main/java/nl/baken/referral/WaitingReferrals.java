package nl.baken.referral;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.PARTNER;
import static nl.baken.store.generated.Tables.REFERRAL;

import java.time.OffsetDateTime;
import java.util.List;
import nl.baken.store.Store;
import org.jooq.Condition;

/**
 * Referrals sent to a partner that have had no answer (accepted or declined) since a given moment: counted by the
 * database, and the oldest few listed with the case reference and the partner's name, for the home screen.
 */
public final class WaitingReferrals {

    /** One referral waiting for an answer since {@code sentAt}. */
    public record Line(String referralId, String caseId, String reference, String partnerName,
                       OffsetDateTime sentAt) {
    }

    private final Store store;

    public WaitingReferrals(Store store) {
        this.store = store;
    }

    private static Condition sentBefore(OffsetDateTime before) {
        return REFERRAL.STATUS.eq(ReferralStatus.SENT.name()).and(REFERRAL.STATUS_CHANGED_AT.lt(before));
    }

    /** How many referrals were sent before {@code before} and are still waiting. */
    public int count(OffsetDateTime before) {
        return store.dsl().fetchCount(REFERRAL, sentBefore(before));
    }

    /** The {@code limit} longest-waiting referrals sent before {@code before}, oldest first. */
    public List<Line> oldest(OffsetDateTime before, int limit) {
        return store.dsl().select(REFERRAL.ID, REFERRAL.CASE_ID, CASE_FILE.REFERENCE, PARTNER.NAME,
                        REFERRAL.STATUS_CHANGED_AT)
                .from(REFERRAL).join(CASE_FILE).on(CASE_FILE.ID.eq(REFERRAL.CASE_ID))
                .leftJoin(PARTNER).on(PARTNER.ID.eq(REFERRAL.PARTNER_ID))
                .where(sentBefore(before))
                .orderBy(REFERRAL.STATUS_CHANGED_AT, REFERRAL.ID)
                .limit(limit)
                .fetch(r -> new Line(r.value1(), r.value2(), r.value3(), r.value4() == null ? "" : r.value4(),
                        r.value5()));
    }
}
