package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Choice;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;

/** Answer controls for yes/no (two big buttons), single (one button per choice) and multi (checkboxes). */
final class ChoiceInput {

    private ChoiceInput() {
    }

    static Node build(IntakeWizardViewModel vm, Messages messages) {
        Question q = vm.questionProperty().get();
        Answer current = vm.currentAnswerProperty().get();
        if (q.type() == QuestionType.YES_NO) {
            Button yes = big("answer-yes", "1  " + messages.text("intake.answer.yes"), current, "yes");
            Button no = big("answer-no", "2  " + messages.text("intake.answer.no"), current, "no");
            yes.setOnAction(e -> vm.choose("yes"));
            no.setOnAction(e -> vm.choose("no"));
            return new HBox(16, yes, no);
        }
        List<String> labels = vm.choiceLabels();
        VBox box = new VBox(8);
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            String text = (i < 9 ? (i + 1) + "  " : "") + labels.get(i);
            if (q.type() == QuestionType.SINGLE) {
                Button b = big("answer-choice-" + c.value(), text, current, c.value());
                b.setMaxWidth(Double.MAX_VALUE);
                b.setOnAction(e -> vm.choose(c.value()));
                box.getChildren().add(b);
            } else {
                CheckBox box1 = new CheckBox(text);
                box1.setId("answer-choice-" + c.value());
                box1.setAccessibleText(labels.get(i));
                box1.setMnemonicParsing(false);
                box1.getStyleClass().add(Styles.LARGE);
                box1.setSelected(vm.multiSelection().contains(c.value()));
                box1.selectedProperty().addListener((o, was, now) -> {
                    if (now != vm.multiSelection().contains(c.value())) {
                        vm.toggle(c.value());
                    }
                });
                vm.multiSelection().addListener((javafx.collections.ListChangeListener<String>) ch ->
                        box1.setSelected(vm.multiSelection().contains(c.value())));
                box.getChildren().add(box1);
            }
        }
        return box;
    }

    private static Button big(String id, String text, Answer current, String value) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text.replaceFirst("^\\d\\s+", ""));
        b.setMnemonicParsing(false);
        b.getStyleClass().add(Styles.LARGE);
        b.setMinWidth(160);
        if (current != null && current.hasValue() && current.values().contains(value)) {
            b.getStyleClass().add(Styles.ACCENT);
        }
        return b;
    }
}
