package nl.baken.cases.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.baken.cases.ReflectionStatus;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The case page's reflection period: the reminder due now on top (if any), then start, end, extension and status
 * in words, the days of both reminders, and the fields to record or change the period and its extension.
 */
public final class ReflectionView {

    private final ReflectionViewModel vm;
    private final Messages messages;

    public ReflectionView(ReflectionViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Node build() {
        Label reminder = Controls.label("", Css.BODY);
        reminder.getStyleClass().add(Css.WORKER_NOTE);
        reminder.setId("case-reflection-reminder");
        reminder.textProperty().bind(vm.reminderNowProperty());
        reminder.visibleProperty().bind(reminder.textProperty().isNotEmpty());
        reminder.managedProperty().bind(reminder.visibleProperty());
        reminder.setMaxWidth(Double.MAX_VALUE);
        Label summary = Controls.label("", Css.BODY);
        summary.setId("case-reflection-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label reminders = Controls.label("", Css.HINT);
        reminders.setId("case-reflection-reminders");
        reminders.textProperty().bind(vm.remindersProperty());
        reminders.visibleProperty().bind(reminders.textProperty().isNotEmpty());
        reminders.managedProperty().bind(reminders.visibleProperty());

        TextField start = DeskParts.field("case-reflection-start", messages.text("casepage.reflection.start_prompt"), 9);
        start.textProperty().bindBidirectional(vm.startTextProperty());
        ComboBox<ReflectionStatus> status = new ComboBox<>();
        status.setId("case-reflection-status");
        status.getItems().setAll(ReflectionStatus.values());
        status.setAccessibleText(messages.text("casepage.reflection.status_prompt"));
        status.setCellFactory(l -> cell());
        status.setButtonCell(cell());
        status.valueProperty().bindBidirectional(vm.statusProperty());
        Button save = Controls.button("case-reflection-save", messages.text("casepage.reflection.save"), "mdal-event");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        start.setOnAction(e -> vm.save());
        FlowPane record = new FlowPane(8, 8, Controls.label(messages.text("casepage.reflection.start_label"),
                Css.BODY), start, status, save);
        record.setAlignment(Pos.CENTER_LEFT);

        TextField weeks = DeskParts.field("case-reflection-weeks", messages.text("casepage.reflection.weeks_prompt"), 4);
        weeks.textProperty().bindBidirectional(vm.extensionWeeksProperty());
        Button extend = Controls.button("case-reflection-extend", messages.text("casepage.reflection.extend"),
                "mdal-hourglass_top");
        extend.disableProperty().bind(vm.busyProperty().or(vm.presentProperty().not()));
        extend.setOnAction(e -> vm.extend());
        weeks.setOnAction(e -> vm.extend());
        FlowPane extension = new FlowPane(8, 8, Controls.label(messages.text("casepage.reflection.extension_label"),
                Css.BODY), weeks, extend);
        extension.setAlignment(Pos.CENTER_LEFT);
        extension.visibleProperty().bind(vm.presentProperty());
        extension.managedProperty().bind(extension.visibleProperty());

        VBox part = new VBox(10, Controls.label(messages.text("casepage.reflection.title"), Css.SUBTITLE), reminder,
                summary, reminders, record, extension, DeskParts.problem("case-reflection-error", vm.errorProperty()));
        part.setId("case-reflection");
        return part;
    }

    private ListCell<ReflectionStatus> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ReflectionStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : vm.statusText(s));
            }
        };
    }
}
