package nl.baken.referral.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The sender organisation's fields on the referral screen, bound to {@link OrganisationViewModel}. */
public final class OrganisationView {

    private final OrganisationViewModel model;
    private final Messages messages;

    public OrganisationView(OrganisationViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** The heading, a hint, the two fields and their save button. */
    public Node build() {
        Label heading = Controls.label(messages.text("referral.ui.organisation"), Css.SUBTITLE);
        TextField name = ReferralForms.field(messages, "referral-org-name", "referral.ui.organisation_name");
        follow(name, model.nameProperty());
        name.textProperty().addListener((o, was, now) -> model.setName(now));
        TextField contact = ReferralForms.field(messages, "referral-org-contact", "referral.ui.organisation_contact");
        follow(contact, model.contactProperty());
        contact.textProperty().addListener((o, was, now) -> model.setContact(now));
        Button save = Controls.button("referral-org-save", messages.text("common.save"), "mdmz-save");
        save.setOnAction(e -> model.save());
        return new VBox(8, heading, Controls.label(messages.text("referral.ui.organisation_hint"), Css.HINT), name,
                contact, save);
    }

    /** The field shows what the view model holds, also when it is read from the vault after the field was built. */
    private static void follow(TextField field, ReadOnlyStringProperty value) {
        field.setText(value.get());
        value.addListener((o, was, now) -> {
            if (!now.equals(field.getText())) {
                field.setText(now);
            }
        });
    }
}
