package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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
            String text = key(i) + "  " + labels.get(i);
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
        if (q.choices().size() > 9) {
            Label more = new Label(messages.text("intake.more_choices"));
            more.getStyleClass().add(nl.baken.ui.Css.HINT);
            more.setWrapText(true);
            more.setId("answer-more-choices");
            box.getChildren().add(more);
        }
        return box;
    }

    /** The key of the i-th choice (from 0): 1 to 9, then A, B, C … (the wizard's key handler reads the same). */
    static String key(int i) {
        return i < 9 ? String.valueOf(i + 1) : String.valueOf((char) ('A' + i - 9));
    }

    private static Button big(String id, String text, Answer current, String value) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text.replaceFirst("^[0-9A-Z]\\s+", ""));
        b.getProperties().put(IntakeWizardView.RECORDS_ANSWER, Boolean.TRUE);
        b.setMnemonicParsing(false);
        b.getStyleClass().add(Styles.LARGE);
        b.setMinWidth(160);
        if (current != null && current.hasValue() && current.values().contains(value)) {
            b.getStyleClass().add(Styles.ACCENT);
        }
        return b;
    }
}
