package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.intake.Assessment;
import nl.baken.questionnaire.Choice;
import nl.baken.questionnaire.Exploitation;
import nl.baken.questionnaire.Question;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.ui.RowsPerPulse;

/** Finishing: the signals seen per form of exploitation (signals, never a verdict) and the worker's own assessment. */
final class FinishView {

    /** A form's signals, or a field with its text box: two of them fit in one pulse. */
    private static final int ROWS_PER_PULSE = 2;

    private final IntakeWizardViewModel vm;
    private final Messages messages;

    FinishView(IntakeWizardViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    Parent build() {
        VBox card = Controls.card(Controls.label(messages.text("intake.finish.title"), Css.TITLE),
                Controls.label(messages.text("intake.finish.signals_title"), Css.SUBTITLE),
                Controls.label(messages.text("intake.finish.signals_intro"), Css.HINT));
        card.setId("finish");
        Map<Exploitation, List<String>> signals = vm.signalsProperty().get();
        List<Node> rows = new ArrayList<>();
        List<String> ofUnknownForm = vm.signalsOfUnknownFormProperty().get();
        if (signals.isEmpty() && ofUnknownForm.isEmpty()) {
            rows.add(Controls.label(messages.text("intake.finish.no_signals"), Css.BODY));
        }
        for (var e : signals.entrySet()) {
            Label form = Controls.label(formName(e.getKey()), Css.BODY);
            form.getStyleClass().add(Styles.TEXT_BOLD);
            VBox list = new VBox(2);
            list.setId("finish-signals-" + e.getKey().yamlName());
            e.getValue().forEach(s -> list.getChildren().add(Controls.label("• " + s, Css.BODY)));
            rows.add(new VBox(2, form, list));
        }
        if (!ofUnknownForm.isEmpty()) {
            Label form = Controls.label(messages.text("intake.exploitation.unknown"), Css.BODY);
            form.getStyleClass().add(Styles.TEXT_BOLD);
            VBox list = new VBox(2);
            list.setId("finish-signals-unknown");
            ofUnknownForm.forEach(s -> list.getChildren().add(Controls.label("• " + s, Css.BODY)));
            rows.add(new VBox(2, form, list));
        }
        ToggleGroup group = new ToggleGroup();
        Optional<Question> own = vm.assessmentQuestion();
        List<RadioButton> choices = new ArrayList<>();
        if (own.isPresent()) {
            // The questionnaire asks the assessment itself: its choices, none chosen until the worker chooses.
            for (Choice c : own.get().choices()) {
                choices.add(radio("finish-assessment-" + c.value(), c.label().get(messages.language(), "nl"),
                        c.value(), group));
            }
        } else {
            choices.add(radio("finish-assessment-yes", messages.text("intake.finish.assessment.yes"), Assessment.YES,
                    group));
            choices.add(radio("finish-assessment-no", messages.text("intake.finish.assessment.no"), Assessment.NO,
                    group));
            choices.add(radio("finish-assessment-unsure", messages.text("intake.finish.assessment.unsure"),
                    Assessment.UNSURE, group));
            choices.get(2).setSelected(true);
        }
        TextArea note = area("finish-note", messages.text("intake.finish.note"));
        TextArea steps = area("finish-next-steps", messages.text("intake.finish.next_steps"));
        Button back = Controls.button("finish-back", messages.text("intake.back"), "mdal-arrow_back");
        back.setOnAction(e -> vm.back());
        Button done = Controls.button("finish-done", messages.text("intake.finish.done"), "mdal-check");
        done.getStyleClass().add(Styles.ACCENT);
        done.setDefaultButton(true);
        done.setOnAction(e -> {
            if (own.isPresent()) {
                vm.finish(Optional.ofNullable(group.getSelectedToggle()).map(t -> (String) t.getUserData()),
                        note.getText(), steps.getText());
            } else {
                vm.finish((Assessment) group.getSelectedToggle().getUserData(), note.getText(), steps.getText());
            }
        });
        FlowPane choicePane = new FlowPane(16, 6);
        choicePane.getChildren().addAll(choices);
        rows.addAll(List.of(new VBox(6, Controls.label(messages.text("intake.finish.assessment"), Css.SUBTITLE),
                        choicePane),
                new VBox(6, Controls.label(messages.text("intake.finish.note"), Css.BODY), note),
                new VBox(6, Controls.label(messages.text("intake.finish.next_steps"), Css.BODY), steps)));
        RowsPerPulse.add(card, card.getChildren().size(), rows, ROWS_PER_PULSE);
        card.setMaxWidth(860);
        Controls.focusWhenShown(choices.stream().filter(RadioButton::isSelected).findFirst()
                .orElse(choices.get(0)));
        return Controls.screen(card, Controls.bar(back, done));
    }

    private static RadioButton radio(String id, String text, Object value, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setAccessibleText(r.getText());
        r.setUserData(value);
        r.setToggleGroup(group);
        return r;
    }

    private static TextArea area(String id, String accessible) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setAccessibleText(accessible);
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return a;
    }

    private String formName(Exploitation e) {
        return messages.text(switch (e) {
            case LABOUR -> "intake.exploitation.labour";
            case SEXUAL -> "intake.exploitation.sexual";
            case CRIMINAL -> "intake.exploitation.criminal";
            case OTHER -> "intake.exploitation.other";
        });
    }
}
