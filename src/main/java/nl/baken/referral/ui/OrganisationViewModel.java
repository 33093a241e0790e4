package nl.baken.referral.ui;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.baken.referral.ReferralService;

/**
 * The sender organisation on the referral screen: its name and contact as every referral shows them, saved on
 * request, and a one-time warning when a referral is about to be saved without a sender. Holds no node.
 */
public final class OrganisationViewModel {

    private final ReferralService service;
    private final ReferralStatusLine status;
    private final String workerId;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper contact = new ReadOnlyStringWrapper("");
    /** Whether the vault holds a sender organisation, and whether its absence was already pointed out. */
    private boolean set;
    private boolean warned;

    public OrganisationViewModel(ReferralService service, ReferralStatusLine status, String workerId) {
        this.service = Objects.requireNonNull(service, "service");
        this.status = Objects.requireNonNull(status, "status");
        this.workerId = workerId;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty contactProperty() {
        return contact.getReadOnlyProperty();
    }

    public void setName(String text) {
        name.set(text == null ? "" : text);
    }

    public void setContact(String text) {
        contact.set(text == null ? "" : text);
    }

    /** Shows the organisation as read from the vault. */
    void show(ReferralService.Organisation organisation) {
        name.set(organisation.name());
        contact.set(organisation.contact());
        set = !organisation.name().isEmpty();
    }

    /** Saves the organisation shown as the sender of every referral. */
    public void save() {
        ReferralService.Organisation org = new ReferralService.Organisation(name.get(), contact.get());
        status.run(() -> {
            service.saveOrganisation(org, workerId);
            return Boolean.TRUE;
        }, ok -> {
            set = !org.name().isEmpty();
            status.notice("referral.ui.organisation_saved");
        });
    }

    /**
     * True, with a warning in the notice, the first time a save is asked for while no sender organisation is set
     * (the PDF would say "not set yet"); the worker sets it, or presses save again to go on without it.
     */
    public boolean warnAboutMissing() {
        if (set || warned) {
            return false;
        }
        warned = true;
        status.notice("referral.ui.organisation_missing");
        return true;
    }
}
