package nl.baken.vault.ui;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * The calm screen for a damaged vault: what is wrong, that nothing was changed, and how to put back a backup. It
 * names a table and a row id at most, never content.
 */
public final class DamagedVaultView {

    private final Messages messages;

    public DamagedVaultView(Messages messages) {
        this.messages = messages;
    }

    /**
     * Builds the screen. {@code what} is the one-line reason in the user's language, {@code where} a table and row
     * id (or empty), {@code dataDirectory} the folder the backup goes back into, {@code onRestore} the way to
     * "Back-up terugzetten".
     */
    public Parent build(Node languagePicker, String what, String where, Path dataDirectory, Runnable onRetry,
                        Runnable onRestore) {
        Label title = Controls.label(messages.text("vault.damaged.title"), Css.TITLE);
        Label body = Controls.label(what, Css.BODY);
        body.setId("damaged-message");
        body.setWrapText(true);
        Label unchanged = Controls.label(messages.text("vault.damaged.unchanged"), Css.BODY);
        Label restore = Controls.label(messages.text("vault.damaged.restore", dataDirectory), Css.BODY);
        restore.setWrapText(true);
        Label found = Controls.label(where.isEmpty() ? "" : messages.text("vault.damaged.where", where), Css.HINT);
        found.setId("damaged-where");
        Button restoreBackup = Controls.button("damaged-restore", messages.text("vault.unlock.restore"),
                "mdmz-settings_backup_restore");
        restoreBackup.setOnAction(e -> onRestore.run());
        Button retry = Controls.button("damaged-retry", messages.text("vault.damaged.retry"), "mdmz-refresh");
        retry.setOnAction(e -> onRetry.run());
        Controls.focusWhenShown(restoreBackup);
        return Controls.screen(Controls.card(languagePicker, title, body, unchanged, restore, found,
                new HBox(12, restoreBackup, retry)));
    }
}
