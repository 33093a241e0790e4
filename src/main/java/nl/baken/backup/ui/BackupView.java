package nl.baken.backup.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** "Back-up maken": choose a folder, make the backup (progress bar), verified by default; OK with the counts. */
public final class BackupView {

    private final BackupViewModel model;
    private final Messages messages;
    private final PathChoice folders;

    public BackupView(BackupViewModel model, Messages messages, PathChoice folders) {
        this.model = model;
        this.messages = messages;
        this.folders = folders;
    }

    public Parent build(Runnable onBack) {
        Label title = Controls.label(messages.text("backup.ui.title"), Css.TITLE);
        Label intro = Controls.label(messages.text("backup.ui.intro"), Css.BODY);
        Label last = Controls.label("", Css.HINT);
        last.setId("backup-last");
        last.textProperty().bind(model.lastProperty());

        Label folder = Controls.label(messages.text("backup.ui.no_folder"), Css.BODY);
        folder.setId("backup-folder");
        model.folderProperty().addListener((o, was, now) -> folder.setText(now == null
                ? messages.text("backup.ui.no_folder") : messages.text("backup.ui.folder", now)));
        Button choose = Controls.button("backup-choose", messages.text("backup.ui.choose_folder"), "mdal-folder_open");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> folders.choose(choose.getScene().getWindow()).ifPresent(model.folderProperty()::set));

        CheckBox verify = new CheckBox(messages.text("backup.ui.verify"));
        verify.setId("backup-verify");
        verify.selectedProperty().bindBidirectional(model.verifyProperty());
        verify.disableProperty().bind(model.busyProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("backup-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty().or(model.progressProperty().greaterThan(0)));
        bar.setAccessibleText(messages.text("backup.ui.progress"));

        Label message = Controls.label("", Css.HINT);
        message.setId("backup-message");
        message.textProperty().bind(model.messageProperty());
        Label result = Controls.label("", Css.SUCCESS);
        result.setId("backup-result");
        result.textProperty().bind(model.resultProperty());

        Button create = Controls.button("backup-create", messages.text("backup.ui.create"), "mdal-backup");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.disableProperty().bind(model.canCreateProperty().not());
        create.setOnAction(e -> model.create());
        Button back = Controls.button("backup-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.disableProperty().bind(model.busyProperty());
        back.setOnAction(e -> onBack.run());

        Label daysLabel = Controls.label(messages.text("backup.ui.days"), Css.BODY);
        TextField days = new TextField();
        days.setId("backup-days");
        days.setPrefColumnCount(4);
        days.setAccessibleText(messages.text("backup.ui.days"));
        days.textProperty().bindBidirectional(model.daysProperty());
        daysLabel.setLabelFor(days);
        Button saveDays = Controls.button("backup-days-save", messages.text("common.save"), "mdmz-save");
        saveDays.disableProperty().bind(model.busyProperty());
        saveDays.setOnAction(e -> model.saveDays());

        model.load();
        Controls.focusWhenShown(choose);
        return Controls.screen(Controls.card(title, intro, last, new HBox(12, choose, folder), verify, bar,
                new HBox(12, create, back), message, result, daysLabel, new HBox(12, days, saveDays)));
    }
}
