package nl.baken.app.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import nl.baken.app.Preferences;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** Settings: language, auto-lock time, and locking when the window is minimised. */
public final class SettingsView {

    private static final List<Integer> MINUTES = List.of(1, 2, 5, 10, 15, 30);
    private final Messages messages;

    public SettingsView(Messages messages) {
        this.messages = messages;
    }

    /** The settings screen, shown under the app's top bar (with quick-hide and lock) like every unlocked screen. */
    public Parent build(Preferences current, Consumer<Preferences> onSave, Runnable onBack) {
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

        Button save = Controls.button("settings-save", messages.text("common.save"), "mdmz-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            Duration autoLock = current.autoLockAfter().toMinutes() == minutes.getValue()
                    ? current.autoLockAfter() : Duration.ofMinutes(minutes.getValue());
            onSave.accept(new Preferences(language.getValue(), autoLock, minimise.isSelected()));
        });
        Button back = Controls.button("settings-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());

        return Controls.screen(Controls.card(title, languageLabel, language, minutesLabel, minutes, minimise,
                new HBox(12, save, back)));
    }
}
