package nl.baken.backup.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The confirmation screen of an erasure: the case named, what is lost line by line, that it cannot be undone and
 * that older backups still hold the case, the referral warning with its own tick, and a wait state while the vault
 * is rewritten.
 */
public final class EraseCaseView {

    private final EraseCaseViewModel vm;
    private final Messages messages;

    public EraseCaseView(EraseCaseViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /** The screen; "cancel" goes to {@code back}. */
    public Parent build(Runnable back) {
        Label title = Controls.label(messages.text("erase.dialog.counting"), Css.TITLE);
        title.setId("erase-title");
        title.textProperty().bind(Bindings.when(vm.titleProperty().isEmpty())
                .then(messages.text("erase.dialog.counting")).otherwise(vm.titleProperty()));
        Label intro = Controls.label(messages.text("erase.dialog.lost"), Css.BODY);
        VBox lost = new VBox(4);
        lost.setId("erase-losses");
        vm.losses().addListener((javafx.collections.ListChangeListener<String>) c -> {
            lost.getChildren().clear();
            int i = 0;
            for (String line : vm.losses()) {
                Label l = Controls.label("• " + line, Css.BODY);
                l.setId("erase-loss-" + i++);
                lost.getChildren().add(l);
            }
        });
        Label irreversible = Controls.label(messages.text("erase.dialog.irreversible"), Css.HINT);
        irreversible.setWrapText(true);

        Label warning = Controls.label("", Css.ERROR);
        warning.setId("erase-referral-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(vm.referralWarningProperty());
        CheckBox despite = new CheckBox(messages.text("erase.dialog.referral_confirm"));
        despite.setId("erase-despite-referral");
        despite.selectedProperty().bindBidirectional(vm.despiteReferralProperty());
        VBox referral = new VBox(8, warning, despite);
        referral.getStyleClass().add(Css.WORKER_NOTE);
        referral.visibleProperty().bind(vm.referralWarningProperty().isNotEmpty());
        referral.managedProperty().bind(referral.visibleProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        HBox wait = new HBox(8, spinner, Controls.label(messages.text("erase.dialog.working"), Css.BODY));
        wait.setId("erase-working");
        wait.setAlignment(Pos.CENTER_LEFT);
        wait.visibleProperty().bind(vm.workingProperty());
        wait.managedProperty().bind(wait.visibleProperty());

        Label error = Controls.label("", Css.ERROR);
        error.setId("erase-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button erase = Controls.button("erase-confirm", messages.text("erase.dialog.confirm"), "mdal-delete_forever");
        erase.getStyleClass().add(Styles.DANGER);
        erase.disableProperty().bind(vm.canErase().not());
        erase.setOnAction(e -> vm.erase());
        Button cancel = Controls.button("erase-cancel", messages.text("erase.dialog.cancel"), "mdal-close");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(vm.workingProperty());
        cancel.setOnAction(e -> back.run());
        Controls.focusWhenShown(cancel);
        return Controls.screen(Controls.card(title, intro, lost, irreversible, referral, wait, error,
                new HBox(12, erase, cancel)));
    }
}
