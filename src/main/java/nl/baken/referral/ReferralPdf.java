package nl.baken.referral;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Audience;
import nl.baken.referral.PageLayout.Style;
import nl.baken.referral.ReferralDocument.Consent;
import nl.baken.referral.ReferralDocument.Item;
import nl.baken.referral.ReferralDocument.Section;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Lays out a {@link ReferralDocument} as an A4 PDF in memory: urgent notes first, then signals (never a verdict),
 * the person's wishes, the shared answers by section, consents and the worker's contact; "x of y" on every page.
 */
public final class ReferralPdf {

    private static final float LABEL_COLUMN = 88f;

    private final Function<String, Messages> messagesByLanguage;
    private final FontFiles fontFiles;

    /** @param messagesByLanguage the texts of a language ("nl" or "en"), e.g. {@code Messages::of} */
    public ReferralPdf(Function<String, Messages> messagesByLanguage, FontFiles fontFiles) {
        this.messagesByLanguage = Objects.requireNonNull(messagesByLanguage, "messagesByLanguage");
        this.fontFiles = Objects.requireNonNull(fontFiles, "fontFiles");
    }

    /**
     * The referral as an unprotected document that lives only in memory; the caller closes it, and protects it
     * with {@link PdfProtection} before any byte of it is saved.
     */
    public PDDocument render(ReferralDocument referral) throws IOException {
        Messages m = messagesByLanguage.apply(referral.language());
        PDDocument doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
        try {
            describe(doc, m, referral.language());
            PdfFonts fonts = new PdfFonts(doc, fontFiles);
            try (PageLayout page = new PageLayout(doc, fonts)) {
                header(page, m, referral);
                urgent(page, m, referral);
                signals(page, m, referral);
                wishes(page, m, referral);
                for (Section section : referral.sections()) {
                    items(page, section.title(), section.items(), null);
                }
                consents(page, m, referral);
                contact(page, m, referral);
                String footer = m.text("referral.pdf.footer", referral.caseReference());
                page.finish(footer, (n, total) -> m.text("referral.pdf.page", n, total));
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private static void describe(PDDocument doc, Messages m, String language) {
        // Metadata stays free of names: a title and the producer only.
        PlainPdf.describe(doc, m.text("referral.pdf.title"), language);
    }

    private void header(PageLayout page, Messages m, ReferralDocument r) throws IOException {
        page.text(m.text("referral.pdf.title"), Style.TITLE, 0, 0);
        page.text(r.organisationName(), Style.SUBTITLE, 0, 0);
        page.space(10f);
        page.labelled(m.text("referral.pdf.date"), date(r.date(), m), LABEL_COLUMN);
        ReferralDocument.Sender from = r.from();
        page.labelled(m.text("referral.pdf.from"),
                from.workerName() + ", " + from.organisation() + "\n" + from.contact(), LABEL_COLUMN);
        Partner to = r.to();
        StringBuilder recipient = new StringBuilder(to.name())
                .append(" (").append(m.text(Audience.of(to.audience()).labelKey())).append(')');
        to.contactPersonIfAny().ifPresent(p -> recipient.append('\n').append(m.text("referral.pdf.attention", p)));
        page.labelled(m.text("referral.pdf.to"), recipient.toString(), LABEL_COLUMN);
        page.labelled(m.text("referral.pdf.reference"), r.caseReference(), LABEL_COLUMN);
        if (r.personNameIfIncluded().isPresent()) {
            page.labelled(m.text("referral.pdf.name"), r.personNameIfIncluded().get(), LABEL_COLUMN);
        }
        page.space(6f);
        page.text(m.text("referral.pdf.intro"), Style.NOTE, 0, 0);
    }

    private static void urgent(PageLayout page, Messages m, ReferralDocument r) throws IOException {
        if (r.urgentNotes().isEmpty()) {
            return;
        }
        page.space(12f);
        page.markedGap(6f);
        page.marked(m.text("referral.pdf.urgent.title"), Style.URGENT_HEADING, false);
        page.markedGap(2f);
        for (String note : r.urgentNotes()) {
            page.marked(note, Style.BODY, true);
        }
        page.markedGap(6f);
    }

    private static void signals(PageLayout page, Messages m, ReferralDocument r) throws IOException {
        page.heading(m.text("referral.pdf.signals.title"), Style.NOTE.leading() * 2);
        page.text(m.text("referral.pdf.signals.explain"), Style.NOTE, 0, Style.BODY.leading());
        page.space(4f);
        if (r.signals().isEmpty()) {
            page.text(m.text("referral.pdf.signals.none"), Style.BODY, 0, 0);
        }
        for (String signal : r.signals()) {
            page.bullet(signal, Style.BODY);
        }
    }

    private void wishes(PageLayout page, Messages m, ReferralDocument r) throws IOException {
        items(page, m.text("referral.pdf.wishes.title"), r.wishes(), m.text("referral.pdf.wishes.none"));
    }

    private static void items(PageLayout page, String title, java.util.List<Item> items, String whenEmpty)
            throws IOException {
        if (items.isEmpty() && whenEmpty == null) {
            return;
        }
        page.heading(title, Style.QUESTION.leading() + Style.BODY.leading() * 2 + 12f);
        if (items.isEmpty()) {
            page.text(whenEmpty, Style.BODY, 0, 0);
        }
        for (Item item : items) {
            page.space(3f);
            // The question's lines and the answer's first line stay together.
            page.text(item.question(), Style.QUESTION, 0, Style.BODY.leading() * 2);
            page.text(item.answer().isBlank() ? "\u2014" : item.answer(), Style.BODY, 10f, 0);
        }
    }

    private static void consents(PageLayout page, Messages m, ReferralDocument r) throws IOException {
        page.heading(m.text("referral.pdf.consent.title"), Style.BODY.leading());
        if (r.consents().isEmpty()) {
            page.text(m.text("referral.pdf.consent.none"), Style.BODY, 0, 0);
        }
        for (Consent consent : r.consents()) {
            page.bullet(m.text("referral.pdf.consent.line", consent.what(), date(consent.givenOn(), m)),
                    Style.BODY);
        }
    }

    private static void contact(PageLayout page, Messages m, ReferralDocument r) throws IOException {
        page.heading(m.text("referral.pdf.contact.title"), Style.BODY.leading() * 3);
        page.text(m.text("referral.pdf.contact.text"), Style.BODY, 0, Style.BODY.leading() * 3);
        ReferralDocument.Sender from = r.from();
        page.text(from.workerName() + "\n" + from.organisation() + "\n" + from.contact(), Style.BODY, 10f, 0);
    }

    private static String date(LocalDate date, Messages m) {
        // "28 november 2026" in both languages: no day/month order to misread across borders.
        return DateTimes.written(date, m.language());
    }
}
