package nl.baken.cli;

import java.io.IOException;
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
        if (insideOf(out, dataDirectory.root())) {
            throw new CliFailure(messages.text("cli.error.in_data_dir", dataDirectory.root()), ExitCodes.FAILURE);
        }
        if (Files.isDirectory(out)) {
            throw new CliFailure(messages.text("cli.error.is_folder", out), ExitCodes.FAILURE);
        }
        if (!force && Files.exists(out)) {
            throw new CliFailure(messages.text("cli.error.exists", out), ExitCodes.FAILURE);
        }
    }

    /** Whether {@code file} is in {@code folder} or below it, links followed as far as they exist. */
    static boolean insideOf(Path file, Path folder) {
        Path target = real(file.toAbsolutePath().normalize());
        Path root = real(folder.toAbsolutePath().normalize());
        return target.startsWith(root);
    }

    /** The real path of {@code p}'s longest existing part, with the rest appended. */
    private static Path real(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(p));
        } catch (IOException e) {
            return p;
        }
    }
}
