package nl.baken.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.baken.referral.ReferralDocument.Consent;
import nl.baken.referral.ReferralDocument.Item;
import nl.baken.referral.ReferralDocument.Section;
import nl.baken.referral.ReferralDocument.Sender;

/** Invented referrals for tests and the sample page; no real person or case. */
final class SampleReferrals {

    static final String REFERENCE = "BK-2026-0417";
    static final String URGENT = "Heeft vannacht geen veilige slaapplek.";
    static final String DIACRITICS = "ë ł ș ț ă î ą ę č ž";
    static final String BULGARIAN = "Благодаря";

    private SampleReferrals() {
    }

    static Partner shelter() {
        return new Partner("comensha", "CoMensha", "shelter", "Intaketeam", null, "intake@example.org", null, true);
    }

    static Sender sender() {
        return new Sender("Sanne de Vries", "Gemeente Voorbeeldstad", "06-00000000 · s.devries@example.org");
    }

    static ReferralDocument small(String language) {
        return new ReferralDocument(language, "Gemeente Voorbeeldstad", LocalDate.of(2026, 11, 28), sender(),
                shelter(), REFERENCE, null,
                List.of(URGENT, "Heeft pijn aan de rechterhand; wil vandaag een arts zien."),
                List.of("Papieren afgenomen (arbeid)", "Loon ingehouden (arbeid)", "Schuld bij de werkgever"),
                List.of(new Item("Wil je op een veilige plek slapen?", "Ja, het liefst vandaag nog."),
                        new Item("Wil je aangifte doen?", "Weet ik nog niet; wil eerst bedenktijd.")),
                List.of(new Section("Over jou", List.of(
                                new Item("Welke talen spreek je?", "Pools en een beetje Engels."),
                                new Item("Hoe oud ben je?", "24"))),
                        new Section("Werk en wonen", List.of(
                                new Item("In welke sector werkte je?", "Kassen (tuinbouw)."),
                                new Item("Waar sliep je?", "In een caravan op het terrein van de werkgever, met"
                                        + " zes anderen. De werkgever had een sleutel.")))),
                List.of(new Consent("Gegevens delen met CoMensha voor opvang", LocalDate.of(2026, 11, 28))));
    }

    static ReferralDocument withName(String name) {
        ReferralDocument s = small("nl");
        return new ReferralDocument(s.language(), s.organisationName(), s.date(), s.from(), s.to(),
                s.caseReference(), name, s.urgentNotes(), s.signals(), s.wishes(), s.sections(), s.consents());
    }

    static ReferralDocument withAnswer(String question, String answer) {
        ReferralDocument s = small("nl");
        List<Section> sections = new ArrayList<>(s.sections());
        sections.add(new Section("Extra", List.of(new Item(question, answer))));
        return new ReferralDocument(s.language(), s.organisationName(), s.date(), s.from(), s.to(),
                s.caseReference(), s.personName(), s.urgentNotes(), s.signals(), s.wishes(), sections,
                s.consents());
    }

    /** The page shown in the docs: a realistic, invented referral in Dutch. */
    static ReferralDocument sample() {
        return new ReferralDocument("nl", "Gemeente Voorbeeldstad", LocalDate.of(2026, 11, 28), sender(),
                shelter(), REFERENCE, "Ewa N.",
                List.of(URGENT, "Heeft pijn aan de rechterhand en wil vandaag een arts zien."),
                List.of("Papieren afgenomen door de werkgever (arbeidsuitbuiting)",
                        "Loon ingehouden of veel te laag (arbeidsuitbuiting)",
                        "Schuld bij de werkgever of bemiddelaar (arbeidsuitbuiting)",
                        "Woont op het terrein van de werkgever (arbeidsuitbuiting)"),
                List.of(new Item("Wil je op een veilige plek slapen?", "Ja, het liefst vandaag nog."),
                        new Item("Wil je aangifte doen?", "Weet ik nog niet. Wil eerst bedenktijd en met een"
                                + " advocaat praten."),
                        new Item("Wil je contact met je familie?", "Ja, met mijn zus in Łódź.")),
                List.of(new Section("Over jou", List.of(
                                new Item("Welke talen spreek je?", "Pools; een beetje Engels. Tolk: Pools, via de"
                                        + " telefoon."),
                                new Item("Hoe oud ben je?", "24"),
                                new Item("Heb je je paspoort of ID-kaart?", "Nee. De werkgever heeft het paspoort"
                                        + " sinds de eerste week."))),
                        new Section("Werk en wonen", List.of(
                                new Item("In welke sector werkte je?", "Tuinbouw (kassen)."),
                                new Item("Hoeveel uur per week werkte je?", "Ongeveer 70 uur, zes of zeven dagen"
                                        + " per week."),
                                new Item("Waar sliep je?", "In een caravan op het terrein van de werkgever, met"
                                        + " zes anderen. De werkgever had een sleutel."),
                                new Item("Kreeg je je loon?", "Minder dan beloofd. Er werd geld afgehouden voor"
                                        + " reis, huur en 'boetes'.")))),
                List.of(new Consent("Gegevens delen met CoMensha voor opvang", LocalDate.of(2026, 11, 28)),
                        new Consent("Naam noemen in deze verwijzing", LocalDate.of(2026, 11, 28))));
    }

    /** The size of a full intake: 12 sections, 120 shared answers, some of them long. */
    static ReferralDocument fullIntake() {
        List<Section> sections = new ArrayList<>();
        for (int s = 1; s <= 12; s++) {
            List<Item> items = new ArrayList<>();
            for (int q = 1; q <= 10; q++) {
                String answer = q % 3 == 0
                        ? ("Een langer antwoord in eigen woorden, samengevat door de medewerker. Het gaat over "
                                + "werk, wonen en geld, en over wat de persoon nu nodig heeft. ").repeat(3)
                        : "Antwoord " + s + "." + q + " met ë, ł, ș en ț.";
                items.add(new Item("Vraag " + s + "." + q + ": wat is er gebeurd, en wanneer?", answer));
            }
            sections.add(new Section("Onderdeel " + s, items));
        }
        ReferralDocument base = small("nl");
        return new ReferralDocument("nl", base.organisationName(), base.date(), base.from(), base.to(),
                base.caseReference(), null, base.urgentNotes(), base.signals(), base.wishes(), sections,
                base.consents());
    }
}
