package nl.baken.vault.ui;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.vault.PassphrasePolicy;

/** The first-run screen: explains the vault and asks the first worker's name and passphrase. */
public final class SetupView {

    private final SetupViewModel model;
    private final Messages messages;

    public SetupView(SetupViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build(javafx.scene.Node languagePicker) {
        Label title = Controls.label(messages.text("vault.setup.title"), Css.TITLE);
        Label intro = Controls.label(messages.text("vault.setup.intro"), Css.BODY);

        TextField name = new TextField();
        name.setId("setup-name");
        name.setAccessibleText(messages.text("vault.setup.name"));
        name.textProperty().bindBidirectional(model.nameProperty());
        Controls.focusWhenShown(name);
        Label nameLabel = Controls.label(messages.text("vault.setup.name"), Css.BODY);
        nameLabel.setLabelFor(name);

        PasswordField passphrase = new PasswordField();
        passphrase.setId("setup-passphrase");
        passphrase.setAccessibleText(messages.text("vault.setup.passphrase"));
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        Label passLabel = Controls.label(messages.text("vault.setup.passphrase"), Css.BODY);
        passLabel.setLabelFor(passphrase);

        PasswordField confirm = new PasswordField();
        confirm.setId("setup-confirm");
        confirm.setAccessibleText(messages.text("vault.setup.confirm"));
        confirm.textProperty().bindBidirectional(model.confirmationProperty());
        Label confirmLabel = Controls.label(messages.text("vault.setup.confirm"), Css.BODY);
        confirmLabel.setLabelFor(confirm);

        ProgressBar meter = new ProgressBar(0);
        meter.setId("setup-strength");
        meter.setMaxWidth(Double.MAX_VALUE);
        meter.setAccessibleText(messages.text("vault.setup.strength"));
        Label hint = Controls.label(model.hint(), Css.HINT);
        hint.setId("setup-hint");
        Runnable refresh = () -> {
            hint.setText(model.hint());
            meter.setProgress(switch (model.strengthProperty().get()) {
                case TOO_SHORT -> Math.min(0.24, model.passphraseProperty().get().length() / 50.0);
                case TOO_LONG, TOO_SIMPLE -> 0.1;
                case WEAK -> 0.4;
                case FAIR -> 0.7;
                case STRONG -> 1.0;
            });
            meter.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("strong"),
                    model.strengthProperty().get() == PassphrasePolicy.Strength.STRONG);
        };
        model.passphraseProperty().addListener((o, a, b) -> refresh.run());
        model.confirmationProperty().addListener((o, a, b) -> refresh.run());

        Label why = Controls.label(messages.text("vault.setup.why"), Css.HINT);

        // Asked now so no referral goes out saying "(not set yet)"; it can be changed in Settings.
        TextField organisation = new TextField();
        organisation.setId("setup-organisation");
        organisation.setAccessibleText(messages.text("vault.setup.organisation"));
        organisation.textProperty().bindBidirectional(model.organisationProperty());
        Label organisationLabel = Controls.label(messages.text("vault.setup.organisation"), Css.BODY);
        organisationLabel.setLabelFor(organisation);
        TextField contact = new TextField();
        contact.setId("setup-organisation-contact");
        contact.setAccessibleText(messages.text("referral.ui.organisation_contact"));
        contact.textProperty().bindBidirectional(model.organisationContactProperty());
        contact.setPromptText(messages.text("referral.ui.organisation_contact"));

        Label error = Controls.label("", Css.ERROR);
        error.setId("setup-error");
        error.textProperty().bind(model.errorProperty());

        Button create = Controls.button("setup-create", messages.text("vault.setup.create"), "mdal-lock");
        create.setDefaultButton(true);
        create.disableProperty().bind(model.canCreateProperty().not());
        create.setOnAction(e -> model.create());
        Label busy = Controls.label(messages.text("vault.setup.busy"), Css.HINT);
        busy.visibleProperty().bind(model.busyProperty());

        return Controls.screen(Controls.card(languagePicker, title, intro, nameLabel, name, passLabel, passphrase,
                meter, hint, confirmLabel, confirm, why, organisationLabel, organisation, contact, error, create,
                busy));
    }
}
