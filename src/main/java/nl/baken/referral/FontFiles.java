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
        return new FontFiles(withoutSubstitutions(read("/fonts/DejaVuSans.ttf")),
                withoutSubstitutions(read("/fonts/DejaVuSans-Bold.ttf")));
    }

    /**
     * Hides the font's GSUB table (in memory only) by renaming its tag. PDFBox applies the Latin ligatures it
     * lists: "slachtoffer" would be copied out of the PDF with the ligature U+FB00 and be unsearchable, and
     * the line widths we measure would not match what is drawn. None of our languages needs substitutions.
     */
    static byte[] withoutSubstitutions(byte[] ttf) {
        int tables = ((ttf[4] & 0xFF) << 8) | (ttf[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'x';
                ttf[at + 1] = 'x';
            }
        }
        return ttf;
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
