package nl.baken.app.ui;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** A small "Taal / Language" chooser: each language is named in itself, so anyone can find their own. */
public final class LanguagePicker {

    private LanguagePicker() {
    }

    public static ComboBox<String> comboBox(Messages messages, String current) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(Messages.LANGUAGES);
        box.setValue(current);
        box.setAccessibleText(messages.text("settings.language"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String lang) {
                return lang == null ? "" : Messages.of(lang).text("language.self");
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        return box;
    }

    /** The chooser with its label, right-aligned, calling back when the language changes. */
    public static Node row(Messages messages, Consumer<String> onChange) {
        ComboBox<String> box = comboBox(messages, messages.language());
        box.setId("language-picker");
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(was)) {
                onChange.accept(now);
            }
        });
        Label label = Controls.label(messages.text("settings.language"), Css.HINT);
        label.setLabelFor(box);
        HBox row = new HBox(8, label, box);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }
}
