package nl.baken.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.baken.i18n.Messages;
import nl.baken.vault.DataDirectory;

/**
 * The one check before a command writes a file the worker named ({@code --out}, {@code --csv}): never a file in the
 * data directory (a PDF or CSV over {@code keyslots.json} or {@code baken.mv.db} loses the vault, {@code --force} or
 * not), never a folder, and an existing file only with {@code --force}.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Refuses {@code out} with one line (exit 1) unless it may be written. */
    static void requireWritable(Path out, boolean force, DataDirectory dataDirectory, Messages messages) {
        if (out.toString().isBlank()) {
            throw new CliFailure(messages.text("cli.error.no_file_name"), ExitCodes.USAGE);
        }
        if (dataDirectory.holds(out)) {
            throw new CliFailure(messages.text("cli.error.in_data_dir", dataDirectory.root()), ExitCodes.FAILURE);
        }
        if (Files.isDirectory(out)) {
            throw new CliFailure(messages.text("cli.error.is_folder", out), ExitCodes.FAILURE);
        }
        if (!force && Files.exists(out)) {
            throw new CliFailure(messages.text("cli.error.exists", out), ExitCodes.FAILURE);
        }
    }
}
