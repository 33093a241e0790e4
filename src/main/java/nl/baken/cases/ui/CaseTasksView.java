package nl.baken.cases.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.baken.cases.TaskUrgency;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The case page's tasks: each with a box to tick when done, its due date and how it stands; an overdue task says
 * "overdue" in words and in the error colour, so colour is never the only sign. Below, a line to add one.
 */
public final class CaseTasksView {

    private final CaseTasksViewModel vm;
    private final Messages messages;

    public CaseTasksView(CaseTasksViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Node build() {
        VBox list = new VBox(8);
        list.setId("case-task-list");
        Runnable fill = () -> {
            list.getChildren().clear();
            if (vm.rows().isEmpty()) {
                list.getChildren().add(Controls.label(messages.text("casepage.tasks.none"), Css.HINT));
            }
            int index = 0;
            for (CaseTasksViewModel.Row row : vm.rows()) {
                list.getChildren().add(line(row, index++));
            }
        };
        vm.rows().addListener((ListChangeListener<CaseTasksViewModel.Row>) c -> fill.run());
        fill.run();
        TextField text = DeskParts.field("case-task-text", messages.text("casepage.tasks.text_prompt"), 24);
        text.textProperty().bindBidirectional(vm.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        TextField due = DeskParts.field("case-task-due", messages.text("casepage.tasks.due_prompt"), 9);
        due.textProperty().bindBidirectional(vm.dueTextProperty());
        TextField time = DeskParts.field("case-task-time", messages.text("casepage.tasks.time_prompt"), 10);
        time.textProperty().bindBidirectional(vm.timeTextProperty());
        Button add = Controls.button("case-task-add", messages.text("casepage.tasks.add"), "mdal-add_task");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.add());
        // Enter in any of the three fields adds the task, as the button does.
        text.setOnAction(e -> vm.add());
        due.setOnAction(e -> vm.add());
        time.setOnAction(e -> vm.add());
        FlowPane form = new FlowPane(8, 8, text, due, time, add);
        form.setAlignment(Pos.CENTER_LEFT);
        VBox part = new VBox(10, Controls.label(messages.text("casepage.tasks.title"), Css.SUBTITLE), list,
                Controls.label(messages.text("casepage.tasks.new"), Css.BODY), form,
                DeskParts.problem("case-tasks-error", vm.errorProperty()));
        part.setId("case-tasks");
        return part;
    }

    private Node line(CaseTasksViewModel.Row row, int index) {
        CheckBox done = new CheckBox(row.text());
        done.setId("case-task-done-" + index);
        done.setSelected(row.done());
        done.setWrapText(true);
        done.setAccessibleText(messages.text("casepage.tasks.done_box", row.text(), row.due(), row.urgencyText()));
        done.setOnAction(e -> vm.toggle(row));
        done.disableProperty().bind(vm.busyProperty());
        Label due = Controls.label(row.due(), Css.HINT);
        due.setId("case-task-due-" + index);
        Label urgency = Controls.label(row.urgencyText(), row.urgency() == TaskUrgency.OVERDUE ? Css.ERROR
                : row.urgency() == TaskUrgency.DONE ? Css.SUCCESS : Css.HINT);
        urgency.setId("case-task-urgency-" + index);
        if (row.urgency() == TaskUrgency.OVERDUE || row.urgency() == TaskUrgency.DUE_TODAY) {
            urgency.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        }
        HBox.setHgrow(done, Priority.ALWAYS);
        done.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(12, done, due, urgency);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setId("case-task-" + index);
        return line;
    }
}
