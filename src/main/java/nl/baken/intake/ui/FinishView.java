package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import nl.baken.questionnaire.Exploitation;
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
        List<String> urgent = vm.urgentItemsProperty().get();
        if (!urgent.isEmpty()) {
            VBox list = new VBox(2, Controls.label(messages.text("intake.finish.urgent_title"), Css.SUBTITLE),
                    Controls.label(messages.text("intake.finish.urgent_intro"), Css.HINT));
            list.setId("finish-urgent");
            urgent.forEach(u -> list.getChildren().add(Controls.label("• " + u, Css.BODY)));
            rows.add(list);
        }
        if (signals.isEmpty()) {
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
        ToggleGroup group = new ToggleGroup();
        RadioButton yes = radio("finish-assessment-yes", "intake.finish.assessment.yes", Assessment.YES, group);
        RadioButton no = radio("finish-assessment-no", "intake.finish.assessment.no", Assessment.NO, group);
        RadioButton unsure = radio("finish-assessment-unsure", "intake.finish.assessment.unsure", Assessment.UNSURE,
                group);
        unsure.setSelected(true);
        TextArea note = area("finish-note", messages.text("intake.finish.note"));
        TextArea steps = area("finish-next-steps", messages.text("intake.finish.next_steps"));
        Button back = Controls.button("finish-back", messages.text("intake.back"), "mdal-arrow_back");
        back.setOnAction(e -> vm.back());
        Button done = Controls.button("finish-done", messages.text("intake.finish.done"), "mdal-check");
        done.getStyleClass().add(Styles.ACCENT);
        done.setDefaultButton(true);
        done.setOnAction(e -> vm.finish((Assessment) group.getSelectedToggle().getUserData(), note.getText(),
                steps.getText()));
        rows.addAll(List.of(new VBox(6, Controls.label(messages.text("intake.finish.assessment"), Css.SUBTITLE),
                        new FlowPane(16, 6, yes, no, unsure)),
                new VBox(6, Controls.label(messages.text("intake.finish.note"), Css.BODY), note),
                new VBox(6, Controls.label(messages.text("intake.finish.next_steps"), Css.BODY), steps)));
        RowsPerPulse.add(card, card.getChildren().size(), rows, ROWS_PER_PULSE);
        card.setMaxWidth(860);
        Controls.focusWhenShown(unsure);
        return Controls.screen(card, Controls.bar(back, done));
    }

    private RadioButton radio(String id, String key, Assessment value, ToggleGroup group) {
        RadioButton r = new RadioButton(messages.text(key));
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
