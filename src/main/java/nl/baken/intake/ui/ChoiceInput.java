package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Choice;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;
import nl.baken.ui.Css;

/**
 * Answer controls for yes/no (two big buttons), single (one button per choice) and multi (checkboxes); in
 * interpreter mode each answer also in the client's language, below the worker's.
 */
final class ChoiceInput {

    private ChoiceInput() {
    }

    static Node build(IntakeWizardViewModel vm, Messages messages) {
        Question q = vm.questionProperty().get();
        Answer current = vm.currentAnswerProperty().get();
        List<String> client = vm.clientChoiceLabels();
        if (q.type() == QuestionType.YES_NO) {
            Button yes = big("answer-yes", "1  " + messages.text("intake.answer.yes"), current, "yes");
            Button no = big("answer-no", "2  " + messages.text("intake.answer.no"), current, "no");
            yes.setOnAction(e -> vm.choose("yes"));
            no.setOnAction(e -> vm.choose("no"));
            inClientLanguage(yes, client, 0);
            inClientLanguage(no, client, 1);
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
                inClientLanguage(b, client, i);
                box.getChildren().add(b);
            } else {
                CheckBox box1 = new CheckBox(text);
                box1.setId("answer-choice-" + c.value());
                box1.setAccessibleText(labels.get(i));
                box1.setMnemonicParsing(false);
                box1.getStyleClass().add(Styles.LARGE);
                box1.setUserData(c.value());
                box1.setSelected(vm.multiSelection().contains(c.value()));
                box1.selectedProperty().addListener((o, was, now) -> {
                    if (now != vm.multiSelection().contains(c.value())) {
                        vm.toggle(c.value());
                    }
                });
                inClientLanguage(box1, client, i);
                box.getChildren().add(box1);
            }
        }
        if (q.type() == QuestionType.MULTI) {
            followSelection(vm, box);
        }
        if (q.choices().size() > 9) {
            Label more = new Label(messages.text("intake.more_choices"));
            more.getStyleClass().add(Css.HINT);
            more.setWrapText(true);
            more.setId("answer-more-choices");
            box.getChildren().add(more);
        }
        return box;
    }

    /**
     * Keeps the boxes ticked as the selection changes (digits toggle it too). The model outlives these controls, so
     * the listener goes when the controls leave the wizard; one listener per rebuild would pile up otherwise.
     */
    private static void followSelection(IntakeWizardViewModel vm, VBox box) {
        ListChangeListener<String> follow = ch -> {
            for (Node n : box.getChildren()) {
                if (n instanceof CheckBox cb && cb.getUserData() instanceof String value) {
                    cb.setSelected(vm.multiSelection().contains(value));
                }
            }
        };
        vm.multiSelection().addListener(follow);
        box.parentProperty().addListener((o, was, now) -> {
            if (now == null) {
                vm.multiSelection().removeListener(follow);
            }
        });
    }

    /** The answer's words in the client's language, below the worker's, in the client's style (none when missing). */
    private static void inClientLanguage(Labeled control, List<String> client, int i) {
        if (i >= client.size() || client.get(i).isEmpty()) {
            return;
        }
        Label words = new Label(client.get(i));
        words.getStyleClass().add(Css.CLIENT_TEXT);
        words.setWrapText(true);
        words.setId(control.getId() + "-client");
        control.setGraphic(words);
        control.setContentDisplay(ContentDisplay.BOTTOM);
        control.setAccessibleText(control.getAccessibleText() + " — " + client.get(i));
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
