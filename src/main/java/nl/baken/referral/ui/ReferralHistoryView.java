package nl.baken.referral.ui;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.referral.Referral;
import nl.baken.referral.ReferralStatus;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The case's earlier referrals on the referral screen, with the buttons that set a referral's status. */
public final class ReferralHistoryView {

    private final ReferralHistoryViewModel model;
    private final Messages messages;
    private final Function<String, String> partnerName;

    /** {@code partnerName} gives the name of a partner by its id, for the lines of the list. */
    public ReferralHistoryView(ReferralHistoryViewModel model, Messages messages, Function<String, String> partnerName) {
        this.model = model;
        this.messages = messages;
        this.partnerName = partnerName;
    }

    /** The heading, the list, a note field and one button per status. */
    public Node build() {
        Label heading = Controls.label(messages.text("referral.ui.history"), Css.SUBTITLE);
        ListView<Referral> list = new ListView<>(model.referrals());
        list.setId("referral-history");
        list.setPrefHeight(140);
        list.setAccessibleText(messages.text("referral.ui.history"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Referral r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(messages.text("referral.ui.history_line", DateTimes.dateTime(r.createdAt(), messages.language()),
                        partnerName.apply(r.partnerId()), statusLabel(r.status()), r.items().size())
                        + r.statusNote().map(n -> " — " + n).orElse(""));
            }
        });
        TextField note = ReferralForms.field(messages, "referral-status-note", "referral.ui.status_note");
        HBox buttons = new HBox(8);
        for (ReferralStatus s : new ReferralStatus[] {ReferralStatus.SENT, ReferralStatus.ACCEPTED,
                ReferralStatus.DECLINED, ReferralStatus.CLOSED}) {
            Button b = Controls.button("referral-status-" + s.name().toLowerCase(Locale.ROOT), statusLabel(s), null);
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
            b.setOnAction(e -> {
                model.setStatus(list.getSelectionModel().getSelectedItem(), s, note.getText());
                note.clear();
            });
            buttons.getChildren().add(b);
        }
        list.setPlaceholder(Controls.label(messages.text("referral.ui.history_empty"), Css.HINT));
        return new VBox(8, heading, list, note, buttons);
    }

    private String statusLabel(ReferralStatus s) {
        return messages.text(switch (s) {
            case SAVED -> "referral.status.saved";
            case SENT -> "referral.status.sent";
            case ACCEPTED -> "referral.status.accepted";
            case DECLINED -> "referral.status.declined";
            case CLOSED -> "referral.status.closed";
        });
    }
}
