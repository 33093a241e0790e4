package nl.baken.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.util.Duration;

/**
 * Builds one control of each kind the intake and the home screen use, off screen, one kind per pulse, while the unlock screen waits
 * for the passphrase. The first use of a control kind loads its skin classes and CSS (tens of milliseconds on the
 * FX thread); done here, that cost never falls between two questions.
 */
public final class ControlWarmUp {

    private static final List<Supplier<Control>> KINDS = List.of(RadioButton::new, CheckBox::new, TextArea::new,
            DatePicker::new, () -> new ComboBox<String>(), ScrollPane::new, () -> new ListView<String>(),
            TextField::new, ToggleButton::new, ControlWarmUp::table);

    private ControlWarmUp() {
    }

    /** A table with a column and a row, as the home screen's case list: its skin, header and virtual flow. */
    private static Control table() {
        TableView<String> table = new TableView<>(javafx.collections.FXCollections.observableArrayList("x"));
        TableColumn<String, String> column = new TableColumn<>("x");
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue()));
        table.getColumns().add(column);
        return table;
    }

    /** Starts warming up, with {@code stylesheets} applied so CSS lookups are warm too; returns at once. */
    public static void start(List<String> stylesheets) {
        Deque<Supplier<Control>> left = new ArrayDeque<>(KINDS);
        Group group = new Group();
        Scene offScreen = new Scene(group);
        offScreen.getStylesheets().setAll(stylesheets);
        step(left, group);
    }

    private static void step(Deque<Supplier<Control>> left, Group group) {
        if (left.isEmpty()) {
            group.getChildren().clear();
            return;
        }
        PauseTransition next = new PauseTransition(Duration.millis(40));
        next.setOnFinished(e -> {
            Control control = left.pop().get();
            group.getChildren().setAll(control);
            control.applyCss();
            group.layout();
            step(left, group);
        });
        next.play();
    }
}
