package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralPdfTest {

    private static final String PW = "abcde-fghij-kmnpq-rstuv-wxyz2";

    private static byte[] protect(ReferralDocument referral) throws Exception {
        return Referrals.export().protect(referral, PW.toCharArray());
    }

    @Test
    void showsEverySectionWithUrgentNotesFirst() throws Exception {
        String text = PdfTexts.all(protect(SampleReferrals.small("nl")), PW);

        assertThat(text).contains("Vertrouwelijk — verwijzing", "Gemeente Voorbeeldstad", "28 november 2026",
                "Sanne de Vries", "CoMensha (opvang)", "t.a.v. Intaketeam", SampleReferrals.REFERENCE,
                "Een signaal is geen oordeel en geen bewijs", "Papieren afgenomen (arbeid)",
                "Wil je op een veilige plek slapen?", "Ja, het liefst vandaag nog.",
                "In welke sector werkte je?", "Kassen (tuinbouw).",
                "Gegevens delen met CoMensha voor opvang — gegeven op 28 november 2026");
        List<String> order = List.of("Dringend — lees dit eerst", SampleReferrals.URGENT,
                "Signalen die de medewerker zag", "Wat de persoon zelf wil", "Over jou", "Werk en wonen",
                "Toestemming", "Contact");
        int previous = -1;
        for (String part : order) {
            int at = text.indexOf(part);
            assertThat(at).as(part).isGreaterThan(previous);
            previous = at;
        }
        // Urgent notes come before everything the partner reads after the header.
        assertThat(text.indexOf(SampleReferrals.URGENT)).isLessThan(text.indexOf("Papieren afgenomen"));
    }

    @Test
    void everyPageHasTheConfidentialFooterAndPageXofY() throws Exception {
        List<String> pages = PdfTexts.pages(protect(SampleReferrals.fullIntake()), PW);

        assertThat(pages.size()).isGreaterThan(3);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i))
                    .contains("pagina " + (i + 1) + " van " + pages.size())
                    .contains("Vertrouwelijk · kenmerk " + SampleReferrals.REFERENCE);
        }
        String all = String.join("", pages);
        assertThat(all).contains("Vraag 1.1:", "Vraag 12.10:", "Onderdeel 12");
    }

    @Test
    void speaksEnglishWhenAskedTo() throws Exception {
        String text = PdfTexts.all(protect(SampleReferrals.small("en")), PW);

        assertThat(text).contains("Confidential — referral", "Urgent — read this first", "page 1 of 2",
                "A signal is not a verdict", "28 November 2026", "CoMensha (shelter)");
    }

    @Test
    void showsTheNameOnlyWhenTheWorkerIncludedIt() throws Exception {
        assertThat(PdfTexts.all(protect(SampleReferrals.small("nl")), PW)).doesNotContain("Naam");
        assertThat(PdfTexts.all(protect(SampleReferrals.withName("Ewa Nowak")), PW)).contains("Naam", "Ewa Nowak");
    }

    @Test
    void keepsEveryDiacriticAndCyrillic() throws Exception {
        String answer = SampleReferrals.DIACRITICS + " " + SampleReferrals.BULGARIAN + " Wąsowicz Ștefănescu";
        String text = PdfTexts.all(protect(SampleReferrals.withAnswer("Naam in eigen schrift?", answer)), PW);

        assertThat(text).contains(SampleReferrals.DIACRITICS, SampleReferrals.BULGARIAN, "Wąsowicz", "Ștefănescu");
        for (String c : SampleReferrals.DIACRITICS.split(" ")) {
            assertThat(text).contains(c);
        }
    }

    @Test
    void aCharacterOutsideTheFontBecomesAQuestionMark() throws Exception {
        String answer = "Schreef 漢字 en ไทย en \uD83E\uDDA9 en \uE000\u0007 op\u200B papier";
        String text = PdfTexts.all(protect(SampleReferrals.withAnswer("Wat stond er?", answer)), PW);

        assertThat(text).contains("Schreef ?? en ??? en ? en ? op papier").doesNotContain("漢");
    }

    @Test
    void wrapsLongAnswersAndLongWordsAcrossPages() throws Exception {
        String longWord = "x".repeat(400);
        String sentence = "Dit is een lang antwoord dat over meer regels en zelfs pagina's loopt. ";
        String answer = sentence.repeat(120) + longWord + "\nNieuwe alinea met het einde.";
        List<String> pages = PdfTexts.pages(protect(SampleReferrals.withAnswer("Vertel?", answer)), PW);

        String all = String.join("", pages);
        assertThat(pages.size()).isGreaterThan(1);
        assertThat(all.replaceAll("\\s+", "")).contains(longWord);
        assertThat(all).contains("Nieuwe alinea met het einde.");
        assertThat(pages.get(pages.size() - 1)).contains("pagina " + pages.size() + " van " + pages.size());
        // No line is longer than the page can hold.
        for (String line : all.split("\n")) {
            assertThat(line.length()).isLessThan(130);
        }
    }

    @Test
    void anEmptyAnswerShowsADashNotABlank() throws Exception {
        String text = PdfTexts.all(protect(SampleReferrals.withAnswer("Iets anders?", " ")), PW);

        assertThat(text).contains("Iets anders?\n—");
    }

    @Test
    void aLoneSurrogateOrControlCharacterDoesNotCrash() throws Exception {
        String answer = "half \uD800 paar\u0000 en\u001B einde\uFEFF";
        String text = PdfTexts.all(protect(SampleReferrals.withAnswer("Rommel?", answer)), PW);

        assertThat(text).contains("half ? paar en einde");
    }

    @Test
    void anAlmostEmptyReferralSaysSoInsteadOfLeavingBlanks() throws Exception {
        ReferralDocument s = SampleReferrals.small("nl");
        ReferralDocument empty = new ReferralDocument("nl", s.organisationName(), s.date(), s.from(), s.to(),
                s.caseReference(), null, List.of(), List.of(), List.of(), List.of(), List.of());

        String text = PdfTexts.all(protect(empty), PW);

        assertThat(text).doesNotContain("Dringend").contains("Deze verwijzing bevat geen signalen.",
                "Deze verwijzing bevat hierover niets.", "Er is geen toestemming genoteerd.", "pagina 1 van 1");
    }
}
