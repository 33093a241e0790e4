package nl.baken.intake.ui;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;

/** Answer controls typed by hand: a line of text, a longer text, a number (comma or dot) and a date (or about one). */
final class TextInput {

    private TextInput() {
    }

    static Node build(IntakeWizardViewModel vm, Messages messages) {
        Question q = vm.questionProperty().get();
        Answer current = vm.currentAnswerProperty().get();
        String value = current != null && current.hasValue() ? current.value() : "";
        if (q.type() == QuestionType.DATE) {
            return date(vm, messages, value);
        }
        TextInputControl field;
        if (q.type() == QuestionType.LONG_TEXT) {
            TextArea area = new TextArea();
            area.setPrefRowCount(4);
            area.setWrapText(true);
            field = area;
            field.setId("answer-text");
        } else {
            field = new TextField();
            field.setId(q.type() == QuestionType.NUMBER ? "answer-number" : "answer-text");
            if (q.type() == QuestionType.NUMBER) {
                ((TextField) field).setPrefColumnCount(8);
                field.setMaxWidth(200);
                value = "nl".equals(messages.language()) ? value.replace('.', ',') : value;
            }
        }
        field.setAccessibleText(messages.text(q.type() == QuestionType.NUMBER ? "intake.input.number"
                : "intake.input.text"));
        field.setPromptText(field.getAccessibleText());
        field.setText(value);
        field.textProperty().addListener((o, was, now) -> vm.setTextInput(now));
        // A draft kept at a lock goes back into the field: typed, not saved, until Enter or Next saves it.
        if (value.isEmpty() && !vm.draftTextProperty().get().isEmpty()) {
            field.setText(vm.draftTextProperty().get());
        }
        return field;
    }

    /**
     * A date typed by hand, as a plain text field: what cannot be read stays as typed, with a line under the field
     * (the view's input error) saying what it accepts. An approximate question also takes a year or a month.
     */
    private static Node date(IntakeWizardViewModel vm, Messages messages, String stored) {
        boolean approximate = vm.questionProperty().get().approximate();
        TextField field = new TextField();
        field.setId("answer-date");
        String prompt = messages.text(approximate ? "intake.input.date_approximate" : "intake.input.date");
        // Wide enough for its hint (a column is a wide letter's width): a prompt is clipped, never wrapped.
        field.setPrefColumnCount(Math.max(14, prompt.length() * 3 / 4));
        field.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setText(stored.isEmpty() ? "" : DateText.show(stored, messages.language()));
        field.textProperty().addListener((o, was, now) -> vm.setDateText(now, approximate));
        // The field has the focus when the question opens, which hides its prompt: what it accepts also stands
        // below it, in a line that wraps and so is never cut off.
        javafx.scene.control.Label hint = new javafx.scene.control.Label(prompt);
        hint.setId("answer-date-hint");
        hint.getStyleClass().add(nl.baken.ui.Css.HINT);
        hint.setWrapText(true);
        return new javafx.scene.layout.VBox(6, field, hint);
    }
}
