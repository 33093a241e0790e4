package nl.baken.vault.ui;

import java.util.Arrays;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * Shows the recovery code once, right after setup, and asks the worker to confirm it was written down. The code
 * is never copied to the clipboard or stored anywhere else.
 */
public final class RecoveryCodeView {

    private final Messages messages;

    public RecoveryCodeView(Messages messages) {
        this.messages = messages;
    }

    /** Builds the screen and zeroes {@code code} (the label keeps the only copy until the screen goes). */
    public Parent build(char[] code, Runnable onDone) {
        Label title = Controls.label(messages.text("vault.recovery.title"), Css.TITLE);
        Label intro = Controls.label(messages.text("vault.recovery.intro"), Css.BODY);
        Label codeLabel = Controls.label(new String(code), Css.CODE);
        codeLabel.setId("recovery-code");
        codeLabel.setWrapText(true);
        Arrays.fill(code, '\0');
        Label advice = Controls.label(messages.text("vault.recovery.advice"), Css.HINT);
        CheckBox written = new CheckBox(messages.text("vault.recovery.written"));
        written.setId("recovery-written");
        Controls.focusWhenShown(written);
        Button next = Controls.button("recovery-continue", messages.text("vault.recovery.continue"), "mdal-arrow_forward");
        next.setDefaultButton(true);
        next.disableProperty().bind(written.selectedProperty().not());
        next.setOnAction(e -> {
            codeLabel.setText("");
            onDone.run();
        });
        return Controls.screen(Controls.card(title, intro, codeLabel, advice, written, next));
    }
}
