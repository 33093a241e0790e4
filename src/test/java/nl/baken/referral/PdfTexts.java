package nl.baken.referral;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads protected PDF bytes back as text, page by page, for assertions. */
final class PdfTexts {

    private PdfTexts() {
    }

    static List<String> pages(byte[] pdf, String password) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf, password)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    static String all(byte[] pdf, String password) throws IOException {
        return String.join("", pages(pdf, password));
    }
}
