package nl.baken.referral.ui;

import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.referral.Referral;
import nl.baken.referral.ReferralService;
import nl.baken.referral.ReferralStatus;

/** The case's earlier referrals on the referral screen, and setting a referral's status with a note. */
public final class ReferralHistoryViewModel {

    private final ReferralService service;
    private final ReferralStatusLine status;
    private final String caseId;
    private final String workerId;
    private final ObservableList<Referral> referrals = FXCollections.observableArrayList();
    private final ObservableList<Referral> referralsView = FXCollections.unmodifiableObservableList(referrals);

    public ReferralHistoryViewModel(ReferralService service, ReferralStatusLine status, String caseId,
            String workerId) {
        this.service = Objects.requireNonNull(service, "service");
        this.status = Objects.requireNonNull(status, "status");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.workerId = workerId;
    }

    /** The case's referrals, newest as the service orders them; read-only. */
    public ObservableList<Referral> referrals() {
        return referralsView;
    }

    /** Shows the referrals as read. */
    void show(List<Referral> all) {
        referrals.setAll(all);
    }

    /** Sets a recorded referral's status with a note. */
    public void setStatus(Referral referral, ReferralStatus newStatus, String note) {
        status.run(() -> {
            service.setStatus(referral.id(), newStatus, note, workerId);
            return service.referrals(caseId);
        }, referrals::setAll);
    }
}
