package nl.baken.referral;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two embedded fonts of one document, and the rule that keeps a missing glyph from ever failing an export:
 * a character the font lacks is shown as {@code ?}.
 */
final class PdfFonts {

    static final char REPLACEMENT = '?';

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> regularHas = new HashMap<>();
    private final Map<Integer, Boolean> boldHas = new HashMap<>();

    PdfFonts(PDDocument doc, FontFiles files) throws IOException {
        // The fourth argument is "vertical" (Identity-V), not "close": horizontal text needs false.
        this.regular = PDType0Font.load(doc, new RandomAccessReadBuffer(files.regular()), true, false);
        this.bold = PDType0Font.load(doc, new RandomAccessReadBuffer(files.bold()), true, false);
    }

    PDFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /**
     * The text as it can be drawn: tabs become spaces, other control characters go, and a character outside the
     * font becomes {@code ?}. Line breaks are kept; the wrapper splits on them.
     */
    String printable(String text, boolean isBold) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t' || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // Zero-width and direction marks have no glyph and carry no meaning on paper.
                return;
            } else if (has(cp, isBold)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** Width in points of already printable text. */
    float width(String printable, boolean isBold, float size) {
        try {
            return font(isBold).getStringWidth(printable) / 1000f * size;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Cannot happen for printable text; a generous estimate keeps the layout going.
            return printable.length() * size * 0.6f;
        }
    }

    private boolean has(int cp, boolean isBold) {
        if (cp >= 0x20 && cp < 0x7F) {
            return true;
        }
        Map<Integer, Boolean> cache = isBold ? boldHas : regularHas;
        return cache.computeIfAbsent(cp, c -> {
            try {
                font(isBold).encode(new String(Character.toChars(c)));
                return font(isBold).getStringWidth(new String(Character.toChars(c))) >= 0;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                // The exception's message names the character: it is dropped, never logged.
                return false;
            }
        });
    }
}
