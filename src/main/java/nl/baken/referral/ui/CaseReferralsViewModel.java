package nl.baken.referral.ui;

import java.util.List;
import java.util.function.Function;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.referral.Referral;
import nl.baken.referral.ReferralStatus;

/**
 * The referrals of a case on the case page: to whom, when, and where each stands (saved, sent, accepted, declined,
 * closed) since when. Made off the FX thread from what was read; holds no Node.
 */
public final class CaseReferralsViewModel {

    /** One referral as words; {@code status} is also the referral's status, for a view that marks it. */
    public record Line(String partner, String made, String statusText, ReferralStatus status, String note) {
    }

    private final List<Line> lines;

    /** {@code referrals} as the service gives them; {@code partnerName} names a partner by its id. */
    public CaseReferralsViewModel(List<Referral> referrals, Messages messages, Function<String, String> partnerName) {
        String lang = messages.language();
        this.lines = referrals.stream().map(r -> new Line(partnerName.apply(r.partnerId()),
                messages.text("casepage.referrals.made", DateTimes.dateTime(r.createdAt(), lang)),
                messages.text("casepage.referrals.status", messages.text(statusKey(r.status())),
                        DateTimes.date(r.statusChangedAt(), lang)),
                r.status(), r.statusNote().orElse(""))).toList();
    }

    static String statusKey(ReferralStatus s) {
        return switch (s) {
            case SAVED -> "referral.status.saved";
            case SENT -> "referral.status.sent";
            case ACCEPTED -> "referral.status.accepted";
            case DECLINED -> "referral.status.declined";
            case CLOSED -> "referral.status.closed";
        };
    }

    public List<Line> lines() {
        return lines;
    }
}
