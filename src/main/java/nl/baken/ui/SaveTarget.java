package nl.baken.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where a file goes: the platform's save dialog, or a fixed path in tests. */
@FunctionalInterface
public interface SaveTarget {

    /** The chosen path for a file suggested as {@code suggestedName}, or empty when the worker cancels. */
    Optional<Path> choose(Window owner, String suggestedName);

    /** The platform's save dialog titled {@code title}, limited to the suggested name's extension (PDF, PNG, CSV). */
    static SaveTarget fileChooser(String title) {
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                    "*." + extension));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        };
    }
}
