package nl.baken.app.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;

/**
 * The case page: everything about one case on one screen. It only arranges what the features' views give it
 * (the head from cases, intakes from intake, consent from consent, referrals from referral, ...), one card each,
 * with "back" in a bar that stays in view; navigation between them stays in app.
 */
public final class CasePageView {

    private final Messages messages;

    public CasePageView(Messages messages) {
        this.messages = messages;
    }

    /** {@code header} above the {@code parts}, each in a card of its own, in the order given. */
    public Parent build(Node header, List<Node> parts, Runnable back) {
        VBox column = new VBox(18);
        column.setId("case-page");
        column.setMaxWidth(960);
        VBox head = Controls.card(header);
        head.setMaxWidth(Double.MAX_VALUE);
        column.getChildren().add(head);
        for (Node part : parts) {
            VBox card = Controls.card(part);
            card.setMaxWidth(Double.MAX_VALUE);
            column.getChildren().add(card);
        }
        Button backButton = Controls.button("case-back", messages.text("casepage.back"), "mdal-arrow_back");
        backButton.setOnAction(e -> back.run());
        backButton.setCancelButton(true);
        return Controls.screen(column, Controls.bar(javafx.geometry.Pos.CENTER_LEFT, backButton));
    }
}
