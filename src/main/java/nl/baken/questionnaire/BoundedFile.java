package nl.baken.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a questionnaire or answers file up to a limit. A real one is well under 1 MB; a bigger one, or an endless
 * one ({@code validate /dev/zero}), is refused at once instead of filling the memory.
 */
public final class BoundedFile {

    /** 5 MB: ten times the largest seed questionnaire's size would still be far below it. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Thrown when the file holds more than {@link #MAX_BYTES}. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("file over " + MAX_BYTES + " bytes", null);
        }
    }

    private BoundedFile() {
    }

    /** The file's bytes, reading at most one byte more than the limit. */
    public static byte[] read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new TooLarge();
            }
            return content;
        }
    }
}
