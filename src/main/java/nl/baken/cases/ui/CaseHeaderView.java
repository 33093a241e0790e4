package nl.baken.cases.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The head of the case page: the reference as its title, then status, worker and date on one calm line. */
public final class CaseHeaderView {

    private final CaseHeaderViewModel vm;
    private final Messages messages;

    public CaseHeaderView(CaseHeaderViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Node build() {
        Label title = Controls.label(messages.text("casepage.title", vm.reference()), Css.TITLE);
        title.setId("case-reference");
        Label status = Controls.label(vm.status(), Css.BODY);
        status.setId("case-status");
        status.getStyleClass().add(Styles.TEXT_BOLD);
        Label worker = Controls.label(vm.worker(), Css.HINT);
        worker.setId("case-worker");
        Label created = Controls.label(vm.created(), Css.HINT);
        created.setId("case-created");
        FlowPane facts = new FlowPane(20, 6, status, worker, created);
        facts.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(8, title, facts);
        head.setId("case-header");
        return head;
    }
}
