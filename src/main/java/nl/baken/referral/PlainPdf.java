package nl.baken.referral;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import nl.baken.referral.PageLayout.Style;
import nl.baken.referral.PlainDocument.Block;
import nl.baken.referral.PlainDocument.Bullet;
import nl.baken.referral.PlainDocument.Entry;
import nl.baken.referral.PlainDocument.Heading;
import nl.baken.referral.PlainDocument.Labelled;
import nl.baken.referral.PlainDocument.Marked;
import nl.baken.referral.PlainDocument.Note;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes a {@link PlainDocument} as an A4 PDF protected as referrals are (AES-256, a password shown once), with the
 * referral's page layout, fonts, metadata free of names and safe saving: the access export and the CoMensha
 * registration are made with it.
 */
public final class PlainPdf {

    private static final float LABEL_COLUMN = 150f;

    private final FontFiles fontFiles;
    private final PdfProtection protection;
    private final ProtectedPdfFile files;

    public PlainPdf(FontFiles fontFiles, PdfProtection protection, ReferralPassword passwords, SafePdfWriter writer) {
        this.fontFiles = Objects.requireNonNull(fontFiles, "fontFiles");
        this.protection = Objects.requireNonNull(protection, "protection");
        this.files = new ProtectedPdfFile(passwords, writer);
    }

    /** Saves the protected document to {@code target} and returns its password; the caller zeroes it after showing. */
    public char[] export(PlainDocument document, Path target) throws ReferralException {
        return files.save(password -> protect(document, password), target);
    }

    /** The document rendered and encrypted with the given password, as bytes in memory. */
    public byte[] protect(PlainDocument document, char[] password) throws ReferralException {
        try (PDDocument doc = render(document)) {
            return protection.protect(doc, password);
        } catch (IOException | RuntimeException e) {
            throw new ReferralException(ReferralException.Reason.RENDER_FAILED, e);
        }
    }

    /** The document unprotected, in memory only; the caller closes it and protects it before saving any byte. */
    PDDocument render(PlainDocument document) throws IOException {
        PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
        try {
            describe(doc, document.title(), document.language());
            try (PageLayout page = new PageLayout(doc, new PdfFonts(doc, fontFiles))) {
                page.text(document.title(), Style.TITLE, 0, 0);
                if (!document.subtitle().isEmpty()) {
                    page.text(document.subtitle(), Style.SUBTITLE, 0, 0);
                }
                page.space(8f);
                for (Block block : document.blocks()) {
                    draw(page, block);
                }
                MessageFormat label = new MessageFormat(document.pageLabel(), Locale.forLanguageTag(document.language()));
                page.finish(document.footer(), (n, total) -> label.format(new Object[] {n, total}));
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private static void draw(PageLayout page, Block block) throws IOException {
        if (block instanceof Heading h) {
            page.heading(h.text(), Style.QUESTION.leading() + Style.BODY.leading() * 2);
        } else if (block instanceof Labelled l) {
            page.labelled(l.label(), l.value().isBlank() ? "\u2014" : l.value(), LABEL_COLUMN);
        } else if (block instanceof Entry e) {
            page.space(3f);
            if (!e.marker().isEmpty()) {
                page.markedGap(2f);
                page.marked(e.marker(), Style.NOTE, false);
                page.markedGap(2f);
            }
            // The question's lines and the answer's first line stay together.
            page.text(e.question(), Style.QUESTION, 0, Style.BODY.leading() * 2);
            page.text(e.answer().isBlank() ? "\u2014" : e.answer(), Style.BODY, 10f, 0);
        } else if (block instanceof Marked m) {
            page.space(4f);
            page.markedGap(4f);
            page.marked(m.text(), Style.BODY, false);
            page.markedGap(4f);
        } else if (block instanceof Bullet b) {
            page.bullet(b.text(), Style.BODY);
        } else if (block instanceof Note n) {
            page.text(n.text(), Style.NOTE, 0, 0);
        }
    }

    /** The metadata every Baken PDF has: a title and the producer, never a name; the language; the title shown. */
    static void describe(PDDocument doc, String title, String language) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("Baken");
        doc.getDocumentCatalog().setLanguage(language);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }
}
