package nl.baken.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a small file so that a crash leaves either the old or the new content, never half of one. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes to a sibling temporary file, forces it to disk, then renames it over {@code target}. The file is its
     * owner's only from the moment it exists ({@link OwnerOnly}), and so is any folder made for it.
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        OwnerOnly.createDirectories(dir);
        Path tmp = dir.resolve(target.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        OwnerOnly.createFile(tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
