package nl.baken.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way Baken replaces a file (key slots, preferences, a referral PDF): the content goes to a temporary file in
 * the same folder, is forced to disk, renamed over the target, and the folder is forced too, so that after a crash or
 * a power cut the target holds either the old or the new content, never half, and the rename itself is not lost.
 */
public final class AtomicWrite {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicWrite.class);

    private AtomicWrite() {
    }

    /**
     * Writes {@code content} to {@code tmp} (made by the caller in {@code target}'s folder, with the permissions the
     * file should have), then moves it over {@code target}. {@code tmp} is gone afterwards, whatever happened.
     */
    public static void replace(Path tmp, Path target, byte[] content) throws IOException {
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
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
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    private static void syncFolder(Path dir) {
        // Makes the rename durable on Linux and macOS; Windows cannot open a folder and needs no sync.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("folder sync not available ({})", e.getClass().getSimpleName());
        }
    }
}
