package nl.baken.referral.ui;

import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** Picks the case to refer: the cases with a finished intake, by their pseudonymous reference. */
public final class ReferralCasesView {

    private final ReferralCasesViewModel model;
    private final Messages messages;

    public ReferralCasesView(ReferralCasesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build(Consumer<String> onRefer, Runnable onBack) {
        Label title = Controls.label(messages.text("referral.cases.title"), Css.TITLE);
        Label hint = Controls.label(messages.text("referral.cases.hint"), Css.HINT);
        ListView<CaseFile> list = new ListView<>(model.cases());
        list.setId("referral-cases");
        list.setAccessibleText(messages.text("referral.cases.title"));
        list.setPlaceholder(Controls.label(messages.text("referral.cases.empty"), Css.BODY));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CaseFile c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null
                        : messages.text("referral.cases.line", c.reference(), DateTimes.date(c.createdAt(), messages.language())));
            }
        });
        Button refer = Controls.button("referral-cases-refer", messages.text("home.refer"), "mdmz-send");
        refer.setDefaultButton(true);
        refer.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        refer.setOnAction(e -> onRefer.accept(list.getSelectionModel().getSelectedItem().id()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                onRefer.accept(list.getSelectionModel().getSelectedItem().id());
            }
        });
        Button back = Controls.button("referral-cases-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.setOnAction(e -> onBack.run());
        Label error = Controls.label("", Css.ERROR);
        error.textProperty().bind(model.errorProperty());
        model.load();
        return Controls.screen(Controls.card(title, hint, list, error, new HBox(12, refer, back)));
    }
}
