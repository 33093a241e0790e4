package nl.baken.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.baken.store.AtomicWrite;

/** Writes a small file of the data folder owner-only, so that a crash leaves the old or the new content (see {@link AtomicWrite}). */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes through a sibling temporary file ({@link AtomicWrite}). The file is its owner's only from the moment it
     * exists ({@link OwnerOnly}), and so is any folder made for it.
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        OwnerOnly.createDirectories(dir);
        Path tmp = dir.resolve(target.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        OwnerOnly.createFile(tmp);
        AtomicWrite.replace(tmp, target, content);
    }
}
