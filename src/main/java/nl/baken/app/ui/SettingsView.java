package nl.baken.app.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.baken.app.Preferences;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** Settings: language, auto-lock time, locking when the window is minimised, and the sender of referrals. */
public final class SettingsView {

    /** The organisation named as the sender on every referral, and how to reach it. */
    public record Sender(String name, String contact) {
    }

    private static final List<Integer> MINUTES = List.of(1, 2, 5, 10, 15, 30);
    private final Messages messages;

    public SettingsView(Messages messages) {
        this.messages = messages;
    }

    /** The settings screen, shown under the app's top bar (with quick-hide and lock) like every unlocked screen. */
    public Parent build(Preferences current, Consumer<Preferences> onSave, Runnable onBack) {
        return build(current, null, (prefs, sender) -> onSave.accept(prefs), onBack);
    }

    /** The settings screen with the sender organisation too (null: not shown), saved together. */
    public Parent build(Preferences current, Sender sender, java.util.function.BiConsumer<Preferences, Sender> onSave,
                        Runnable onBack) {
        return build(current, sender, null, onSave, onBack);
    }

    /**
     * The same with a feature's own part ({@code more}, null: none) above the buttons, such as the retention term
     * kept in the vault; {@code onSave} checks and saves that part itself.
     */
    public Parent build(Preferences current, Sender sender, javafx.scene.Node more,
                        java.util.function.BiConsumer<Preferences, Sender> onSave, Runnable onBack) {
        Label title = Controls.label(messages.text("settings.title"), Css.TITLE);

        ComboBox<String> language = LanguagePicker.comboBox(messages, current.language());
        language.setId("settings-language");
        Label languageLabel = Controls.label(messages.text("settings.language"), Css.BODY);
        languageLabel.setLabelFor(language);

        ComboBox<Integer> minutes = new ComboBox<>();
        minutes.getItems().setAll(MINUTES);
        long currentMinutes = Math.max(1, current.autoLockAfter().toMinutes());
        if (!MINUTES.contains((int) currentMinutes)) {
            minutes.getItems().add((int) currentMinutes);
        }
        minutes.setValue((int) currentMinutes);
        minutes.setId("settings-autolock");
        minutes.setAccessibleText(messages.text("settings.autolock"));
        minutes.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer m) {
                return m == null ? "" : messages.text("settings.minutes", m);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        Label minutesLabel = Controls.label(messages.text("settings.autolock"), Css.BODY);
        minutesLabel.setLabelFor(minutes);

        CheckBox minimise = new CheckBox(messages.text("settings.lock_minimised"));
        minimise.setId("settings-minimise");
        minimise.setSelected(current.lockWhenMinimised());

        Label organisationLabel = Controls.label(messages.text("referral.ui.organisation"), Css.BODY);
        TextField organisation = new TextField(sender == null ? "" : sender.name());
        organisation.setId("settings-organisation");
        organisation.setAccessibleText(messages.text("referral.ui.organisation_name"));
        organisation.setPromptText(messages.text("referral.ui.organisation_name"));
        organisationLabel.setLabelFor(organisation);
        TextField contact = new TextField(sender == null ? "" : sender.contact());
        contact.setId("settings-organisation-contact");
        contact.setAccessibleText(messages.text("referral.ui.organisation_contact"));
        contact.setPromptText(messages.text("referral.ui.organisation_contact"));
        VBox senderBox = new VBox(8, organisationLabel, organisation, contact);
        senderBox.setVisible(sender != null);
        senderBox.setManaged(sender != null);

        Button save = Controls.button("settings-save", messages.text("common.save"), "mdmz-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            Duration autoLock = current.autoLockAfter().toMinutes() == minutes.getValue()
                    ? current.autoLockAfter() : Duration.ofMinutes(minutes.getValue());
            onSave.accept(new Preferences(language.getValue(), autoLock, minimise.isSelected()),
                    sender == null ? null : new Sender(organisation.getText(), contact.getText()));
        });
        Button back = Controls.button("settings-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());

        VBox card = Controls.card(title, languageLabel, language, minutesLabel, minutes, minimise, senderBox);
        if (more != null) {
            card.getChildren().add(more);
        }
        card.getChildren().add(new HBox(12, save, back));
        return Controls.screen(card);
    }
}
