package nl.baken.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import nl.baken.backup.ui.PathChoice;
import nl.baken.i18n.Messages;
import nl.baken.reports.ui.CaseReportsView;
import nl.baken.ui.SaveTarget;
import nl.baken.vault.DataDirectory;

/**
 * Keeps what the worker saves from the app (referral and report PDFs, statistics CSV and charts, backups) out of the
 * data folder, as the command line does: a file there could replace or crowd the vault's own. A place chosen there
 * is answered with a notice and nothing is saved; the worker chooses again.
 */
final class DataFolderGuard {

    private final DataDirectory dataDirectory;
    private final Messages messages;

    DataFolderGuard(DataDirectory dataDirectory, Messages messages) {
        this.dataDirectory = dataDirectory;
        this.messages = messages;
    }

    SaveTarget guard(SaveTarget target) {
        return (owner, suggestedName) -> outside(target.choose(owner, suggestedName), owner);
    }

    CaseReportsView.SaveTarget guard(CaseReportsView.SaveTarget target) {
        return (owner, title, suggestedName) -> outside(target.choose(owner, title, suggestedName), owner);
    }

    PathChoice guard(PathChoice folders) {
        return owner -> outside(folders.choose(owner), owner);
    }

    /** {@code chosen}, unless it lies in the data folder: then a notice (not waited for) and nothing. */
    private Optional<Path> outside(Optional<Path> chosen, Window owner) {
        if (chosen.isEmpty() || !dataDirectory.holds(chosen.get())) {
            return chosen;
        }
        Alert notice = new Alert(Alert.AlertType.WARNING, messages.text("app.save.in_data_dir",
                dataDirectory.root()), ButtonType.OK);
        notice.setTitle(messages.text("app.save.in_data_dir.title"));
        notice.setHeaderText(null);
        notice.getDialogPane().setId("data-folder-refused");
        if (owner != null) {
            notice.initOwner(owner);
        }
        notice.show();
        return Optional.empty();
    }
}
