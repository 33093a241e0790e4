package nl.baken.backup.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.baken.i18n.Messages;

/** Where a folder or a file is chosen: the platform's dialog, or a fixed path in tests. */
@FunctionalInterface
public interface PathChoice {

    Optional<Path> choose(Window owner);

    /** The platform's folder dialog (a USB stick, say), for the folder a backup is written to. */
    static PathChoice folderDialog(Messages messages) {
        return owner -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.text("backup.ui.choose_folder"));
            return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
        };
    }

    /** The platform's open dialog for a backup file. */
    static PathChoice backupFileDialog(Messages messages) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.text("restore.ui.choose_file"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(messages.text("restore.ui.file_kind"), "*.bkb"),
                    new FileChooser.ExtensionFilter(messages.text("restore.ui.any_file"), "*"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }
}
