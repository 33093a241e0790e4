package nl.baken.cases.ui;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The case page's timeline: what happened when and by whom, newest first, in a list that scrolls on its own. */
public final class CaseTimelineView {

    private final CaseTimelineViewModel vm;
    private final Messages messages;

    public CaseTimelineView(CaseTimelineViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Node build() {
        ListView<CaseTimelineViewModel.Row> list = new ListView<>(vm.rows());
        list.setId("case-timeline");
        list.setPrefHeight(220);
        list.setAccessibleText(messages.text("casepage.timeline.title"));
        list.setPlaceholder(Controls.label(messages.text("casepage.timeline.none"), Css.HINT));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CaseTimelineViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : messages.text("casepage.timeline.line", r.when(), r.what(),
                        r.who()));
            }
        });
        VBox part = new VBox(10, Controls.label(messages.text("casepage.timeline.title"), Css.SUBTITLE), list);
        part.setId("case-timeline-part");
        return part;
    }
}
