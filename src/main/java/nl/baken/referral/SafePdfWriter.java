package nl.baken.referral;

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
 * Saves already encrypted PDF bytes to the file the worker chose: through a temporary file in the same folder,
 * forced to disk and then moved into place, so a failure leaves no partial file behind.
 */
public final class SafePdfWriter {

    private static final Logger LOG = LoggerFactory.getLogger(SafePdfWriter.class);

    /** Writes the bytes to {@code target}, replacing an existing file only once the new one is complete. */
    public void write(Path target, byte[] encryptedPdf) throws ReferralException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ReferralException(ReferralException.Reason.FOLDER_MISSING, null);
        }
        Path tmp = null;
        try {
            // Same folder, so the move is a rename; createTempFile makes it readable by the owner only.
            tmp = Files.createTempFile(dir, ".baken-", ".part");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(encryptedPdf);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            move(tmp, absolute);
            tmp = null;
            syncFolder(dir);
        } catch (IOException | RuntimeException e) {
            throw new ReferralException(ReferralException.Reason.WRITE_FAILED, e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncFolder(Path dir) {
        // Makes the rename itself durable on Linux and macOS; Windows cannot open a folder and needs no sync.
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("folder sync not available ({})", e.getClass().getSimpleName());
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            LOG.warn("could not remove a partial referral file ({})", e.getClass().getSimpleName());
        }
    }
}
