package nl.baken.referral.ui;

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

/** The case page's part about referrals: each with its partner and status, and a way to the referral screen. */
public final class CaseReferralsView {

    private final CaseReferralsViewModel vm;
    private final Messages messages;

    public CaseReferralsView(CaseReferralsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** {@code refer} opens the referral screen of the case (a new referral, or a status to set); null leaves it out. */
    public Node build(Runnable refer) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, Controls.label(messages.text("casepage.referrals.title"), Css.SUBTITLE), spacer);
        head.setAlignment(Pos.CENTER_LEFT);
        if (refer != null) {
            Button open = Controls.button("case-refer", messages.text("casepage.referrals.open"), "mdmz-send");
            open.setOnAction(e -> refer.run());
            head.getChildren().add(open);
        }
        VBox part = new VBox(8, head);
        part.setId("case-referrals");
        if (vm.lines().isEmpty()) {
            part.getChildren().add(Controls.label(messages.text("referral.ui.history_empty"), Css.HINT));
        }
        int index = 0;
        for (CaseReferralsViewModel.Line line : vm.lines()) {
            Label partner = Controls.label(line.partner(), Css.BODY);
            partner.getStyleClass().add(Styles.TEXT_BOLD);
            VBox texts = new VBox(2, partner, Controls.label(line.made(), Css.HINT));
            if (!line.note().isEmpty()) {
                texts.getChildren().add(Controls.label(line.note(), Css.HINT));
            }
            HBox.setHgrow(texts, Priority.ALWAYS);
            Label status = Controls.label(line.statusText(), Css.BODY);
            status.setId("case-referral-status-" + index);
            HBox row = new HBox(12, texts, status);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("case-referral-" + index++);
            part.getChildren().add(row);
        }
        return part;
    }
}
