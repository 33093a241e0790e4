package nl.baken.referral;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.baken.store.AtomicWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves already encrypted PDF bytes to the file the worker chose: through a temporary file in the same folder,
 * forced to disk and then moved into place ({@link AtomicWrite}), so a failure leaves no partial file behind.
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
            AtomicWrite.replace(tmp, absolute, encryptedPdf);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            throw new ReferralException(ReferralException.Reason.WRITE_FAILED, e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
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
