package nl.baken.referral.ui;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Audience;
import nl.baken.referral.EmailAddress;
import nl.baken.referral.Partner;
import nl.baken.referral.ReferralService;

/**
 * The partner directory on the referral screen: the national and regional partners, the one chosen for the
 * referral, and adding, changing and removing regional partners with a plain check of the form. Holds no node.
 */
public final class PartnerDirectoryViewModel {


    private final ReferralService service;
    private final ReferralStatusLine status;
    private final Messages messages;
    private final String workerId;
    private final ObservableList<Partner> partners = FXCollections.observableArrayList();
    private final ObservableList<Partner> partnersView = FXCollections.unmodifiableObservableList(partners);
    private final ReadOnlyObjectWrapper<Partner> selected = new ReadOnlyObjectWrapper<>();

    public PartnerDirectoryViewModel(ReferralService service, ReferralStatusLine status, Messages messages,
            String workerId) {
        this.service = Objects.requireNonNull(service, "service");
        this.status = Objects.requireNonNull(status, "status");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.workerId = workerId;
    }

    /** What a saved partner and the directory after it came back as. */
    private record Saved(Partner partner, List<Partner> all) {
    }

    /** Every partner, national first as the service orders them; read-only. */
    public ObservableList<Partner> partners() {
        return partnersView;
    }

    /** The partner chosen for the referral; null when none is. */
    public ReadOnlyObjectProperty<Partner> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public void select(Partner partner) {
        selected.set(partner);
    }

    /** True when the chosen partner is a regional one, which may be changed or removed. */
    public boolean regionalSelected() {
        return selected.get() != null && !selected.get().national();
    }

    /** The label of an audience in the worker's language. */
    public String audienceLabel(String audience) {
        return messages.text(Audience.of(audience).labelKey());
    }

    /** The audiences a partner may be, in the contract's order. */
    public List<String> audiences() {
        return Audience.ids();
    }

    /** The name of the partner with this id, or the id when the directory no longer holds it. */
    public String nameOf(String partnerId) {
        return partners.stream().filter(p -> p.id().equals(partnerId)).findFirst().map(Partner::name)
                .orElse(partnerId);
    }

    /** Shows the partners as read. */
    void show(List<Partner> all) {
        partners.setAll(all);
    }

    /** Adds (id empty) or changes a regional partner; returns false and says why when the form is not right. */
    public boolean save(PartnerForm form) {
        if (form.name() == null || form.name().isBlank()) {
            status.error("partner.form.name_missing");
            return false;
        }
        if (!Audience.isKnown(form.audience())) {
            status.error("partner.form.audience_missing");
            return false;
        }
        String email = form.secureEmail();
        if (email != null && !email.isBlank() && !EmailAddress.isPlausible(email.strip())) {
            status.error("partner.form.bad_email");
            return false;
        }
        status.run(() -> {
            Partner saved = service.saveRegionalPartner(form.id(), form.name(), form.audience(), form.contactPerson(),
                    form.phone(), form.secureEmail(), form.notes(), workerId);
            return new Saved(saved, service.partners());
        }, saved -> {
            partners.setAll(saved.all());
            selected.set(saved.partner());
        });
        return true;
    }

    /** Removes a regional partner; a national one stays. */
    public void remove(Partner p) {
        if (p == null || p.national()) {
            return;
        }
        status.run(() -> {
            service.removeRegionalPartner(p.id(), workerId);
            return service.partners();
        }, all -> {
            partners.setAll(all);
            if (selected.get() != null && selected.get().id().equals(p.id())) {
                selected.set(null);
            }
        });
    }
}
