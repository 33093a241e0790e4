package nl.baken.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bytes of the embedded fonts (DejaVu Sans, regular and bold), read once from the classpath. */
public final class FontFiles {

    private final byte[] regular;
    private final byte[] bold;

    private FontFiles(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** DejaVu Sans as shipped in {@code /fonts}: Latin with every diacritic the client languages need, Cyrillic. */
    public static FontFiles dejaVuSans() {
        return new FontFiles(read("/fonts/DejaVuSans.ttf"), read("/fonts/DejaVuSans-Bold.ttf"));
    }

    byte[] regular() {
        return regular;
    }

    byte[] bold() {
        return bold;
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font unreadable: " + resource, e);
        }
    }
}
