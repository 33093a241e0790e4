package nl.baken.referral;

import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A top-to-bottom flow of text on A4 pages: wraps, breaks pages, and adds the footer once all pages exist. */
final class PageLayout implements AutoCloseable {

    /** How a piece of text looks. */
    enum Style {
        TITLE(true, 17f, Colours.ACCENT),
        SUBTITLE(true, 11.5f, Colours.TEXT),
        HEADING(true, 12.5f, Colours.ACCENT),
        LABEL(true, 9.5f, Colours.MUTED),
        QUESTION(true, 9.5f, Colours.MUTED),
        BODY(false, 10.5f, Colours.TEXT),
        NOTE(false, 9f, Colours.MUTED),
        URGENT_HEADING(true, 11.5f, Colours.URGENT),
        FOOTER(false, 8f, Colours.MUTED);

        final boolean bold;
        final float size;
        final float[] colour;

        Style(boolean bold, float size, float[] colour) {
            this.bold = bold;
            this.size = size;
            this.colour = colour;
        }

        float leading() {
            return size * 1.4f;
        }
    }

    /** The calm palette: dark text, a blue accent, a muted grey, and one warm colour for urgent notes. */
    static final class Colours {
        static final float[] TEXT = {0.13f, 0.13f, 0.15f};
        static final float[] ACCENT = {0.11f, 0.27f, 0.42f};
        static final float[] MUTED = {0.36f, 0.38f, 0.42f};
        static final float[] RULE = {0.80f, 0.82f, 0.85f};
        static final float[] URGENT = {0.62f, 0.12f, 0.10f};
        static final float[] URGENT_FILL = {0.99f, 0.94f, 0.91f};

        private Colours() {
        }
    }

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 62f;
    static final float RIGHT = PAGE.getWidth() - 62f;
    static final float TOP = PAGE.getHeight() - 58f;
    static final float BOTTOM = 70f;
    static final float WIDTH = RIGHT - LEFT;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream stream;
    private float y;

    PageLayout(PDDocument doc, PdfFonts fonts) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        newPage();
    }

    /** Vertical space, dropped at the top of a page. */
    void space(float points) {
        if (y < TOP) {
            y -= points;
        }
    }

    /**
     * Wrapped text at an indent. Its first two lines stay together, and {@code keepBelow} points of what follows
     * must fit on the same page (so a question never ends a page without its answer).
     */
    void text(String raw, Style style, float indent, float keepBelow) throws IOException {
        List<String> lines = lines(raw, style, WIDTH - indent);
        ensure(style.leading() * Math.min(2, lines.size()) + keepBelow);
        for (String line : lines) {
            ensure(style.leading());
            draw(line, style, LEFT + indent, y - style.size);
            y -= style.leading();
        }
    }

    /** A heading that never stands alone at the foot of a page. */
    void heading(String raw, float keepBelow) throws IOException {
        space(10f);
        ensure(Style.HEADING.leading() + keepBelow);
        text(raw, Style.HEADING, 0, 0);
        rule(LEFT, RIGHT);
        y -= 5f;
    }

    /** A label in a narrow left column and its wrapped value beside it. */
    void labelled(String label, String value, float labelWidth) throws IOException {
        List<String> lines = lines(value, Style.BODY, WIDTH - labelWidth);
        ensure(Style.BODY.leading());
        draw(fonts.printable(label, true), Style.LABEL, LEFT, y - Style.BODY.size);
        for (String line : lines) {
            ensure(Style.BODY.leading());
            draw(line, Style.BODY, LEFT + labelWidth, y - Style.BODY.size);
            y -= Style.BODY.leading();
        }
        y -= 2f;
    }

    /** A list item with a hanging bullet. */
    void bullet(String raw, Style style) throws IOException {
        List<String> lines = lines(raw, style, WIDTH - 14f);
        boolean first = true;
        for (String line : lines) {
            ensure(style.leading());
            if (first) {
                draw("\u2022", style, LEFT + 3f, y - style.size);
                first = false;
            }
            draw(line, style, LEFT + 14f, y - style.size);
            y -= style.leading();
        }
        y -= 1.5f;
    }

    /** Text on a warm band with a dark bar at the left, line by line, so the band follows across a page break. */
    void marked(String raw, Style style, boolean bullet) throws IOException {
        float indent = bullet ? 26f : 14f;
        List<String> lines = lines(raw, style, WIDTH - indent - 10f);
        boolean first = true;
        for (String line : lines) {
            ensure(style.leading());
            band(style.leading());
            if (bullet && first) {
                draw("\u2022", style, LEFT + 15f, y - style.size);
            }
            first = false;
            draw(line, style, LEFT + indent, y - style.size);
            y -= style.leading();
        }
    }

    /** An empty stretch of the warm band (padding above and below marked text). */
    void markedGap(float points) throws IOException {
        ensure(points);
        band(points);
        y -= points;
    }

    /** Draws the footer on every page: {@code left} and the page label for (page, total). */
    void finish(String left, BiFunction<Integer, Integer, String> pageLabel) throws IOException {
        stream.close();
        stream = null;
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                stream = cs;
                float base = BOTTOM - 34f;
                cs.setStrokingColor(Colours.RULE[0], Colours.RULE[1], Colours.RULE[2]);
                cs.setLineWidth(0.5f);
                cs.moveTo(LEFT, base + 12f);
                cs.lineTo(RIGHT, base + 12f);
                cs.stroke();
                draw(fonts.printable(left, false), Style.FOOTER, LEFT, base);
                String label = fonts.printable(pageLabel.apply(i + 1, total), false);
                float w = fonts.width(label, false, Style.FOOTER.size);
                draw(label, Style.FOOTER, RIGHT - w, base);
            } finally {
                stream = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private List<String> lines(String raw, Style style, float width) {
        String printable = fonts.printable(raw == null ? "" : raw, style.bold);
        return TextWrapper.wrap(printable, width, s -> fonts.width(s, style.bold, style.size));
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        y = TOP;
    }

    private void rule(float from, float to) throws IOException {
        stream.setStrokingColor(Colours.RULE[0], Colours.RULE[1], Colours.RULE[2]);
        stream.setLineWidth(0.6f);
        stream.moveTo(from, y - 2f);
        stream.lineTo(to, y - 2f);
        stream.stroke();
    }

    private void band(float height) throws IOException {
        float[] fill = Colours.URGENT_FILL;
        stream.setNonStrokingColor(fill[0], fill[1], fill[2]);
        stream.addRect(LEFT, y - height, WIDTH, height);
        stream.fill();
        float[] bar = Colours.URGENT;
        stream.setNonStrokingColor(bar[0], bar[1], bar[2]);
        stream.addRect(LEFT, y - height, 4f, height);
        stream.fill();
    }

    private void draw(String printable, Style style, float x, float baseline) throws IOException {
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(fonts.font(style.bold), style.size);
        stream.setNonStrokingColor(style.colour[0], style.colour[1], style.colour[2]);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }
}
