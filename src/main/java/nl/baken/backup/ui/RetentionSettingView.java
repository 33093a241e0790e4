package nl.baken.backup.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.baken.backup.CaseRetention;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The settings screen's part for the retention term: months after closing, shown as set, checked when the settings
 * are saved (a whole number from 1 to {@value CaseRetention#MAX_MONTHS}; anything else is said and nothing saved).
 */
public final class RetentionSettingView {

    private final Messages messages;
    private TextField months;
    private Label problem;

    public RetentionSettingView(Messages messages) {
        this.messages = messages;
    }

    /** The part, showing {@code current} months. */
    public Node build(int current) {
        months = new TextField(Integer.toString(current));
        months.setId("settings-retention-months");
        months.setPrefColumnCount(4);
        months.setMaxWidth(100);
        Label label = Controls.label(messages.text("erase.term.label"), Css.BODY);
        label.setLabelFor(months);
        months.setAccessibleText(messages.text("erase.term.label"));
        problem = Controls.label("", Css.ERROR);
        problem.setId("settings-retention-problem");
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label hint = Controls.label(messages.text("erase.term.hint"), Css.HINT);
        hint.setWrapText(true);
        return new VBox(6, label, months, hint, problem);
    }

    /** The months typed, handed to {@code valid}; false (and the problem said) when they are no valid term. */
    public boolean read(Consumer<Integer> valid) {
        var parsed = CaseRetention.parse(months.getText());
        if (parsed.isEmpty()) {
            problem.setText(messages.text("erase.term.invalid", CaseRetention.MAX_MONTHS));
            months.requestFocus();
            return false;
        }
        problem.setText("");
        valid.accept(parsed.get());
        return true;
    }
}
