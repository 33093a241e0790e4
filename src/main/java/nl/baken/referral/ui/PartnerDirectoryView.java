package nl.baken.referral.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.referral.Partner;
import nl.baken.ui.Controls;

/** The partner list of the referral screen with the form that adds and changes regional partners. */
public final class PartnerDirectoryView {

    private final PartnerDirectoryViewModel model;
    private final Messages messages;

    public PartnerDirectoryView(PartnerDirectoryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** The list whose selection is the referral's partner. */
    public ListView<Partner> list() {
        ListView<Partner> list = new ListView<>(model.partners());
        list.setId("referral-partners");
        list.setAccessibleText(messages.text("referral.ui.partner"));
        list.setPrefHeight(220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Partner p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : line(p));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.select(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        return list;
    }

    private String line(Partner p) {
        return p.name() + " — " + model.audienceLabel(p.audience()) + " · "
                + messages.text(p.national() ? "referral.ui.national" : "referral.ui.regional");
    }

    /** The add, change and remove buttons and the form they open. */
    public Node editor() {
        TextField name = ReferralForms.field(messages, "partner-name", "partner.form.name");
        ComboBox<String> audience = new ComboBox<>();
        audience.setId("partner-audience");
        audience.getItems().setAll(model.audiences());
        audience.setConverter(ReferralForms.converter(model::audienceLabel));
        audience.setAccessibleText(messages.text("partner.form.audience"));
        audience.setPromptText(messages.text("partner.form.audience"));
        TextField contact = ReferralForms.field(messages, "partner-contact", "partner.form.contact_person");
        TextField phone = ReferralForms.field(messages, "partner-phone", "partner.form.phone");
        TextField email = ReferralForms.field(messages, "partner-email", "partner.form.secure_email");
        TextField notes = ReferralForms.field(messages, "partner-notes", "partner.form.notes");
        VBox form = new VBox(8, name, audience, contact, phone, email, notes);
        form.setVisible(false);
        form.managedProperty().bind(form.visibleProperty());
        // The partner the open form changes; empty while it adds a new one.
        AtomicReference<Optional<String>> editing = new AtomicReference<>(Optional.empty());

        Button add = Controls.button("partner-add", messages.text("partner.ui.add"), "mdal-add");
        add.setOnAction(e -> {
            editing.set(Optional.empty());
            List.of(name, contact, phone, email, notes).forEach(TextField::clear);
            audience.setValue(null);
            form.setVisible(true);
            name.requestFocus();
        });
        Button edit = Controls.button("partner-edit", messages.text("partner.ui.edit"), "mdal-edit");
        Button remove = Controls.button("partner-remove", messages.text("partner.ui.remove"), "mdal-delete");
        BooleanBinding regionalSelected = Bindings.createBooleanBinding(model::regionalSelected,
                model.selectedProperty());
        edit.disableProperty().bind(regionalSelected.not());
        remove.disableProperty().bind(regionalSelected.not());
        edit.setOnAction(e -> {
            Partner p = model.selectedProperty().get();
            editing.set(Optional.of(p.id()));
            name.setText(p.name());
            audience.setValue(p.audience());
            contact.setText(p.contactPerson());
            phone.setText(p.phone());
            email.setText(p.secureEmail());
            notes.setText(p.notes());
            form.setVisible(true);
        });
        remove.setOnAction(e -> model.remove(model.selectedProperty().get()));
        Button save = Controls.button("partner-save", messages.text("common.save"), "mdmz-save");
        save.setOnAction(e -> {
            if (model.save(new PartnerForm(editing.get(), name.getText(), audience.getValue(), contact.getText(),
                    phone.getText(), email.getText(), notes.getText()))) {
                form.setVisible(false);
            }
        });
        Button cancel = Controls.button("partner-cancel", messages.text("partner.ui.cancel"), "mdal-close");
        cancel.setOnAction(e -> form.setVisible(false));
        form.getChildren().add(new HBox(12, save, cancel));
        return new VBox(8, new HBox(8, add, edit, remove), form);
    }
}
