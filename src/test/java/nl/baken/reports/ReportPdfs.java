package nl.baken.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a protected report back as one line of text (every run of white space one space), for assertions. */
final class ReportPdfs {

    private ReportPdfs() {
    }

    static String text(Path pdf, String password) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf), password)) {
            return flat(new PDFTextStripper().getText(doc));
        }
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
