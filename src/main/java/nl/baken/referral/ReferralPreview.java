package nl.baken.referral;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders the first pages of a referral to images for the in-app preview, in memory, without any file. */
public final class ReferralPreview {

    /** The rendered pages and how many pages the whole referral has. */
    public record Pages(List<BufferedImage> images, int totalPages) {
        public Pages {
            images = List.copyOf(images);
        }
    }

    private final ReferralPdf pdf;

    public ReferralPreview(ReferralPdf pdf) {
        this.pdf = Objects.requireNonNull(pdf, "pdf");
    }

    /** Up to {@code maxPages} pages at {@code dpi} (96 looks like paper on screen). */
    public Pages render(ReferralDocument referral, int maxPages, float dpi) throws ReferralException {
        if (maxPages < 1 || dpi <= 0) {
            throw new IllegalArgumentException("maxPages and dpi must be positive");
        }
        try (PDDocument doc = pdf.render(referral)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int total = doc.getNumberOfPages();
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < Math.min(maxPages, total); i++) {
                images.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return new Pages(images, total);
        } catch (IOException | RuntimeException e) {
            throw new ReferralException(ReferralException.Reason.RENDER_FAILED, e);
        }
    }
}
