package nl.baken.cases.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The case page's notes: newest first, each with its date; a field whose prompt says "a summary, not a transcript". */
public final class CaseNotesView {

    private final CaseNotesViewModel vm;
    private final Messages messages;

    public CaseNotesView(CaseNotesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Node build() {
        VBox list = new VBox(10);
        list.setId("case-note-list");
        Runnable fill = () -> {
            list.getChildren().clear();
            if (vm.rows().isEmpty()) {
                list.getChildren().add(Controls.label(messages.text("casepage.notes.none"), Css.HINT));
            }
            int index = 0;
            for (CaseNotesViewModel.Row row : vm.rows()) {
                Label text = Controls.label(row.text(), Css.BODY);
                text.setId("case-note-" + index++);
                list.getChildren().add(new VBox(2, Controls.label(row.written(), Css.HINT), text));
            }
        };
        vm.rows().addListener((ListChangeListener<CaseNotesViewModel.Row>) c -> fill.run());
        fill.run();
        TextArea text = new TextArea();
        text.setId("case-note-text");
        text.setPromptText(messages.text("casepage.notes.prompt"));
        text.setAccessibleText(messages.text("casepage.notes.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(vm.textProperty());
        Button add = Controls.button("case-note-add", messages.text("casepage.notes.add"), "mdmz-note_add");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.add());
        // In a text area Enter is a new line and Tab a tab: Ctrl+Enter saves, Ctrl+Tab leaves the field.
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                vm.add();
            }
        });
        VBox part = new VBox(10, Controls.label(messages.text("casepage.notes.title"), Css.SUBTITLE), list,
                text, Controls.label(messages.text("casepage.notes.keys"), Css.HINT), add,
                DeskParts.problem("case-notes-error", vm.errorProperty()));
        part.setId("case-notes");
        return part;
    }
}
