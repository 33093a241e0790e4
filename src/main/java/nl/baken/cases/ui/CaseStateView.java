package nl.baken.cases.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The case page's part about the case itself: the alias behind "Show", closing with a reason or reopening, and
 * handing over to a colleague, which asks once more before it happens.
 */
public final class CaseStateView {

    private final CaseStateViewModel vm;
    private final Messages messages;

    public CaseStateView(CaseStateViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Node build() {
        VBox part = new VBox(12, Controls.label(messages.text("casepage.state.title"), Css.SUBTITLE), alias(),
                vm.isClosed() ? reopen() : close(), handOver(),
                DeskParts.problem("case-state-error", vm.errorProperty()));
        Label notice = Controls.label("", Css.SUCCESS);
        notice.setId("case-state-notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        part.getChildren().add(notice);
        part.setId("case-state");
        return part;
    }

    private Node alias() {
        Label hidden = Controls.label(messages.text("casepage.state.alias_hidden"), Css.BODY);
        Button show = Controls.button("case-alias-show", messages.text("casepage.state.alias_show"), "mdmz-visibility");
        show.setOnAction(e -> vm.revealAlias());
        show.disableProperty().bind(vm.busyProperty());
        HBox closed = new HBox(12, hidden, show);
        closed.setAlignment(Pos.CENTER_LEFT);
        TextField field = DeskParts.field("case-alias-field", messages.text("casepage.state.alias_prompt"), 20);
        field.textProperty().bindBidirectional(vm.aliasProperty());
        field.setOnAction(e -> vm.saveAlias());
        Button save = Controls.button("case-alias-save", messages.text("casepage.state.alias_save"), "mdal-done");
        save.setOnAction(e -> vm.saveAlias());
        save.disableProperty().bind(vm.busyProperty());
        Button hide = Controls.button("case-alias-hide", messages.text("casepage.state.alias_hide"),
                "mdmz-visibility_off");
        hide.setOnAction(e -> vm.hideAlias());
        FlowPane open = new FlowPane(8, 8, Controls.label(messages.text("casepage.state.alias_label"), Css.BODY),
                field, save, hide);
        open.setAlignment(Pos.CENTER_LEFT);
        closed.visibleProperty().bind(vm.aliasShownProperty().not());
        closed.managedProperty().bind(closed.visibleProperty());
        open.visibleProperty().bind(vm.aliasShownProperty());
        open.managedProperty().bind(open.visibleProperty());
        // After "Show" the keyboard goes on in the field; after "Hide" or "Save" back on "Show".
        vm.aliasShownProperty().addListener((o, was, shown) -> (shown ? field : show).requestFocus());
        return new VBox(open, closed);
    }

    private Node close() {
        TextField reason = DeskParts.field("case-close-reason", messages.text("casepage.state.close_prompt"), 30);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button close = Controls.button("case-close", messages.text("casepage.state.close"), "mdal-close");
        close.disableProperty().bind(vm.busyProperty());
        close.setOnAction(e -> vm.close());
        reason.setOnAction(e -> vm.close());
        HBox row = new HBox(8, reason, close);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, Controls.label(messages.text("casepage.state.close_intro"), Css.HINT), row);
    }

    private Node reopen() {
        Label why = Controls.label("", Css.BODY);
        why.setId("case-close-reason-text");
        why.textProperty().bind(vm.closeReasonProperty());
        Button reopen = Controls.button("case-reopen", messages.text("casepage.state.reopen"), "mdal-lock_open");
        reopen.disableProperty().bind(vm.busyProperty());
        reopen.setOnAction(e -> vm.reopen());
        return new VBox(6, why, reopen);
    }

    private Node handOver() {
        ComboBox<CaseStateViewModel.Worker> to = new ComboBox<>(vm.workers());
        to.setId("case-handover-worker");
        to.setPromptText(messages.text("casepage.state.handover_prompt"));
        to.setAccessibleText(messages.text("casepage.state.handover_prompt"));
        to.valueProperty().bindBidirectional(vm.handToProperty());
        Button ask = Controls.button("case-handover", messages.text("casepage.state.handover"), "mdmz-swap_horiz");
        ask.disableProperty().bind(vm.busyProperty().or(vm.confirmationProperty().isNotEmpty()));
        ask.setOnAction(e -> vm.askHandOver());
        FlowPane choose = new FlowPane(8, 8, to, ask);
        choose.setAlignment(Pos.CENTER_LEFT);
        Label question = Controls.label("", Css.BODY);
        question.setId("case-handover-question");
        question.textProperty().bind(vm.confirmationProperty());
        Button yes = Controls.button("case-handover-confirm", messages.text("casepage.state.handover_yes"),
                "mdal-done");
        yes.getStyleClass().add(Styles.ACCENT);
        yes.setOnAction(e -> vm.confirmHandOver());
        yes.disableProperty().bind(vm.busyProperty());
        Button no = Controls.button("case-handover-cancel", messages.text("casepage.state.handover_no"),
                "mdal-close");
        no.setOnAction(e -> vm.cancelHandOver());
        VBox confirm = new VBox(8, question, new HBox(8, yes, no));
        confirm.getStyleClass().add(Css.WORKER_NOTE);
        confirm.visibleProperty().bind(vm.confirmationProperty().isNotEmpty());
        confirm.managedProperty().bind(confirm.visibleProperty());
        vm.confirmationProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                yes.requestFocus();
            }
        });
        VBox box = new VBox(8, Controls.label(messages.text("casepage.state.handover_intro"), Css.HINT), choose,
                confirm);
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.workers()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
