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
        field.setPrefColumnCount(14);
        field.setMaxWidth(320);
        String prompt = messages.text(approximate ? "intake.input.date_approximate" : "intake.input.date");
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setText(stored.isEmpty() ? "" : DateText.show(stored, messages.language()));
        field.textProperty().addListener((o, was, now) -> vm.setDateText(now, approximate));
        return field;
    }
}
