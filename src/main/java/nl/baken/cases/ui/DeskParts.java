package nl.baken.cases.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** Small pieces the case page's parts share: a line that says what went wrong, a labelled field. */
final class DeskParts {

    private DeskParts() {
    }

    /** Shows {@code text} in the error style, and takes no room while it is empty. */
    static Label problem(String id, ObservableStringValue text) {
        Label label = Controls.label("", Css.ERROR);
        label.setId(id);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A text field whose prompt and accessible text say what goes in it. */
    static TextField field(String id, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setPrefColumnCount((int) width);
        return field;
    }
}
