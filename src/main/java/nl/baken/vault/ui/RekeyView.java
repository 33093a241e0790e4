package nl.baken.vault.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The administrator's "Sleutel vernieuwen": own passphrase, each other worker's, the recovery code, then rekey. */
public final class RekeyView {

    private final RekeyViewModel model;
    private final Messages messages;

    public RekeyView(RekeyViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** {@code workers}: every worker's name (read in the background); {@code onDone} gets the new code or null. */
    public Parent build(List<String> workers, Runnable onBack, Consumer<char[]> onDone) {
        List<Node> parts = new ArrayList<>();
        parts.add(Controls.label(messages.text("vault.rekey.title"), Css.TITLE));
        parts.add(Controls.label(messages.text("vault.rekey.intro"), Css.BODY));
        PasswordField own = secretField("rekey-own", messages.text("vault.rekey.own"), parts);
        own.textProperty().bindBidirectional(model.ownPassphraseProperty());
        List<RekeyViewModel.Worker> others = model.setWorkers(workers);
        if (!others.isEmpty()) {
            parts.add(Controls.label(messages.text("vault.rekey.others"), Css.HINT));
        }
        for (int i = 0; i < others.size(); i++) {
            PasswordField field = secretField("rekey-worker-" + i,
                    messages.text("vault.rekey.worker", others.get(i).name()), parts);
            field.textProperty().bindBidirectional(others.get(i).passphrase());
        }
        CheckBox fresh = new CheckBox(messages.text("vault.rekey.new_code"));
        fresh.setId("rekey-new-code");
        fresh.selectedProperty().bindBidirectional(model.newRecoveryCodeProperty());
        parts.add(fresh);
        PasswordField code = secretField("rekey-current-code", messages.text("vault.rekey.current_code"), parts);
        code.textProperty().bindBidirectional(model.currentRecoveryCodeProperty());
        code.disableProperty().bind(model.newRecoveryCodeProperty());
        Label message = Controls.label("", Css.HINT);
        message.setId("rekey-message");
        message.textProperty().bind(model.messageProperty());
        Button rekey = Controls.button("rekey-start", messages.text("vault.rekey.start"), "mdmz-vpn_key");
        rekey.getStyleClass().add(Styles.ACCENT);
        rekey.disableProperty().bind(model.canRekeyProperty().not());
        rekey.setOnAction(e -> model.rekey(onDone));
        Button back = Controls.button("rekey-back", messages.text("common.back"), "mdal-arrow_back");
        back.setCancelButton(true);
        back.disableProperty().bind(model.busyProperty());
        back.setOnAction(e -> onBack.run());
        parts.add(new HBox(12, rekey, back));
        parts.add(message);
        Controls.focusWhenShown(own);
        return Controls.screen(Controls.card(parts.toArray(Node[]::new)));
    }

    private static PasswordField secretField(String id, String text, List<Node> parts) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(text);
        Label label = Controls.label(text, Css.BODY);
        label.setLabelFor(field);
        parts.add(label);
        parts.add(field);
        return field;
    }
}
