package nl.baken.audit.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The administrator's audit log: filters, the entries in a table, and "Controleren" with its answer. */
public final class AuditView {

    private final AuditViewModel model;
    private final Messages messages;

    public AuditView(AuditViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Node build(Runnable onBack) {
        Label title = Controls.label(messages.text("audit.view.title"), Css.TITLE);
        TextField caseField = new TextField();
        caseField.setId("audit-case");
        caseField.setPromptText(messages.text("audit.view.case"));
        caseField.setAccessibleText(messages.text("audit.view.case"));
        caseField.textProperty().bindBidirectional(model.caseReferenceProperty());
        caseField.setOnAction(e -> model.apply());
        ComboBox<String> worker = combo("audit-worker", "audit.view.worker");
        worker.setItems(model.workers());
        worker.valueProperty().bindBidirectional(model.workerProperty());
        ComboBox<String> event = combo("audit-event", "audit.view.event");
        event.setItems(model.events());
        event.valueProperty().bindBidirectional(model.eventProperty());
        DatePicker from = date("audit-from", "audit.view.from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = date("audit-to", "audit.view.to");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button apply = Controls.button("audit-apply", messages.text("audit.view.apply"), "mdal-filter_list");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> model.apply());
        Button clear = Controls.button("audit-clear", messages.text("audit.view.clear"), "mdal-clear");
        clear.setOnAction(e -> model.clearFilters());
        FlowPane filters = new FlowPane(8, 8, caseField, worker, event, from, to, apply, clear);

        TableView<AuditRow> table = new TableView<>(model.rows());
        table.setId("audit-table");
        table.setAccessibleText(messages.text("audit.view.title"));
        table.setPlaceholder(Controls.label(messages.text("audit.view.empty"), Css.HINT));
        table.getColumns().add(column("audit.view.col.time", AuditRow::time, 160));
        table.getColumns().add(column("audit.view.col.worker", AuditRow::worker, 120));
        table.getColumns().add(column("audit.view.col.event", AuditRow::event, 170));
        table.getColumns().add(column("audit.view.col.kind", AuditRow::kind, 115));
        table.getColumns().add(column("audit.view.col.case", AuditRow::caseReference, 140));
        table.getColumns().add(column("audit.view.col.outcome", AuditRow::outcome, 90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(420);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button verify = Controls.button("audit-verify", messages.text("audit.view.verify"), "mdmz-verified_user");
        verify.disableProperty().bind(model.busyProperty());
        verify.setOnAction(e -> model.verify());
        Label message = Controls.label("", Css.HINT);
        message.setId("audit-message");
        message.textProperty().bind(model.messageProperty());
        Button back = Controls.button("audit-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());
        model.open();
        Controls.focusWhenShown(caseField);
        VBox card = Controls.card(title, filters, table, new HBox(12, verify, back), message);
        // A table of six columns: wider than a form's card, still within the window.
        card.setMaxWidth(1000);
        return Controls.screen(card);
    }

    private ComboBox<String> combo(String id, String key) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(messages.text(key));
        box.setAccessibleText(messages.text(key));
        return box;
    }

    private DatePicker date(String id, String key) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(messages.text(key));
        picker.setAccessibleText(messages.text(key));
        picker.setPrefWidth(150);
        return picker;
    }

    private TableColumn<AuditRow, String> column(String key, Function<AuditRow, String> value, double width) {
        TableColumn<AuditRow, String> column = new TableColumn<>(messages.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())).getReadOnlyProperty());
        return column;
    }
}
