package nl.baken.consent.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The case page's part about consent: the decisions recorded, newest first, and a way to the consent screen. */
public final class ConsentHistoryView {

    private final ConsentHistoryViewModel vm;
    private final Messages messages;

    public ConsentHistoryView(ConsentHistoryViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** {@code change} opens the consent screen of the case; null leaves the button out (a closed case). */
    public Node build(Runnable change) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, Controls.label(messages.text("casepage.consent.title"), Css.SUBTITLE), spacer);
        head.setAlignment(Pos.CENTER_LEFT);
        if (change != null) {
            Button open = Controls.button("case-consent", messages.text("casepage.consent.change"),
                    "mdal-assignment_turned_in");
            open.setOnAction(e -> change.run());
            head.getChildren().add(open);
        }
        VBox part = new VBox(8, head);
        part.setId("case-consent-history");
        if (vm.lines().isEmpty()) {
            part.getChildren().add(Controls.label(messages.text("casepage.consent.none"), Css.HINT));
        }
        int index = 0;
        for (ConsentHistoryViewModel.Line line : vm.lines()) {
            Label purpose = Controls.label(line.purpose(), Css.BODY);
            Label decision = Controls.label(line.decision(), Css.BODY);
            decision.getStyleClass().add(Styles.TEXT_BOLD);
            decision.setId("case-consent-decision-" + index);
            Label recorded = Controls.label(line.recorded(), Css.HINT);
            VBox texts = new VBox(2, purpose, recorded);
            HBox.setHgrow(texts, Priority.ALWAYS);
            HBox row = new HBox(12, texts, decision);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("case-consent-" + index++);
            part.getChildren().add(row);
        }
        return part;
    }
}
