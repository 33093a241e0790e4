package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseStatus;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentRecord;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerFormat;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.QuestionnaireLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words of an answer are the same on the screen (the intake's review and "current answer") and in the referral
 * PDF, for every type and state: approximate dates, "I don't know", multi-choice, numbers. "I'd rather not say" and
 * "later" have their words on the screen and never reach a referral.
 */
class AnswerTextAgreementTest {

    private static final String YAML = """
            id: format-fixture
            version: 1
            title: {nl: "Proef", en: "Test"}
            languages: [nl, en]
            sections:
              - id: all
                title: {nl: "Alles", en: "All"}
                questions:
                  - {id: yes_q, type: yes_no, text: {nl: "Ja of nee?", en: "Yes or no?"}, why: {nl: "-", en: "-"}, share: [shelter]}
                  - {id: no_q, type: yes_no, text: {nl: "Nee?", en: "No?"}, why: {nl: "-", en: "-"}, share: [shelter]}
                  - id: single_q
                    type: single
                    text: {nl: "Welke?", en: "Which?"}
                    why: {nl: "-", en: "-"}
                    share: [shelter]
                    choices:
                      - {value: a, label: {nl: "Eerste", en: "First"}}
                      - {value: b, label: {nl: "Tweede", en: "Second"}}
                  - id: multi_q
                    type: multi
                    text: {nl: "Welke talen?", en: "Which languages?"}
                    why: {nl: "-", en: "-"}
                    share: [shelter]
                    choices:
                      - {value: pl, label: {nl: "Pools", en: "Polish"}}
                      - {value: en, label: {nl: "Engels", en: "English"}}
                      - {value: ro, label: {nl: "Roemeens", en: "Romanian"}}
                  - {id: text_q, type: text, text: {nl: "Tekst?", en: "Text?"}, why: {nl: "-", en: "-"}, share: [shelter]}
                  - {id: long_q, type: long_text, text: {nl: "Verhaal?", en: "Story?"}, why: {nl: "-", en: "-"}, share: [shelter]}
                  - {id: day_q, type: date, text: {nl: "Wanneer precies?", en: "When exactly?"}, why: {nl: "-", en: "-"}, share: [shelter]}
                  - {id: month_q, type: date, approximate: true, text: {nl: "Welke maand?", en: "Which month?"}, why: {nl: "-", en: "-"}, share: [shelter]}
                  - {id: year_q, type: date, approximate: true, text: {nl: "Welk jaar?", en: "Which year?"}, why: {nl: "-", en: "-"}, share: [shelter]}
                  - {id: number_q, type: number, text: {nl: "Hoeveel?", en: "How many?"}, why: {nl: "-", en: "-"}, share: [shelter]}
                  - {id: dont_know_q, type: date, approximate: true, text: {nl: "Sinds?", en: "Since?"}, why: {nl: "-", en: "-"}, share: [shelter]}
                  - {id: declined_q, type: text, text: {nl: "Geheim?", en: "Secret?"}, why: {nl: "-", en: "-"}, share: [shelter]}
                  - {id: skipped_q, type: single, text: {nl: "Later?", en: "Later?"}, why: {nl: "-", en: "-"}, share: [shelter], choices: [{value: x, label: {nl: "X", en: "X"}}]}
            """;
    private static final OffsetDateTime GIVEN = OffsetDateTime.parse("2026-11-20T10:00:00+01:00");
    private static final Partner SHELTER = new Partner("opvang", "Opvang", "shelter", null, null, null, null, false);

    private static Map<String, Answer> answers() {
        Map<String, Answer> a = new LinkedHashMap<>();
        a.put("yes_q", Answer.of("yes"));
        a.put("no_q", Answer.of("no"));
        a.put("single_q", Answer.of("b"));
        // Chosen in another order than the question lists them.
        a.put("multi_q", Answer.ofAll(List.of("ro", "pl")));
        a.put("text_q", Answer.of("Bij een vriendin"));
        a.put("long_q", Answer.of("Eerst in de kassen, later in een loods."));
        a.put("day_q", Answer.of("2024-03-15"));
        a.put("month_q", Answer.of("2024-03"));
        a.put("year_q", Answer.of("2023"));
        a.put("number_q", Answer.of("2.5"));
        a.put("dont_know_q", Answer.dontKnow());
        a.put("declined_q", Answer.declined());
        a.put("skipped_q", Answer.skipped());
        return a;
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theScreenAndTheReferralSayTheSame(String language) throws Exception {
        var loaded = new QuestionnaireLoader().load("format-fixture.yaml", YAML);
        assertThat(loaded.errors()).isEmpty();
        Questionnaire questionnaire = loaded.questionnaire().orElseThrow();
        Map<String, Answer> given = answers();
        ConsentRecord consent = new ConsentRecord(ConsentPurpose.share("shelter"), ConsentDecision.GIVEN,
                Optional.empty(), false, GIVEN, "w1");
        CaseFile c = new CaseFile("case-1", "BK-2026-ABCDE", Optional.empty(), CaseStatus.OPEN, GIVEN, "w1");
        CaseMaterial material = new CaseMaterial(c, List.of(new CaseMaterial.IntakeMaterial("i1", questionnaire,
                Answers.of(given))), Map.of(ConsentPurpose.share("shelter"), consent));
        ReferralComposer composer = new ReferralComposer(Messages::of);
        ReferralDraft draft = composer.draft(material, SHELTER, language);
        ReferralDocument document = composer.document(draft, ReferralSelection.preselected(draft),
                new ReferralDocument.Sender("Wim", "Gemeente", "010"), "Gemeente", LocalDate.of(2026, 11, 28));
        byte[] pdf = Referrals.export().protect(document, "wacht-woord0-wacht-woord0-abcde".toCharArray());
        String pdfText = PdfTexts.all(pdf, "wacht-woord0-wacht-woord0-abcde").replaceAll("\\s+", " ");

        // The screen's formatter, in the worker's language, as the intake wizard makes it.
        AnswerFormat screen = new AnswerFormat(Messages.of(language), language);
        for (Question q : questionnaire.questions()) {
            Answer answer = given.get(q.id());
            String onScreen = screen.text(q, answer);
            if (answer.hasValue() || q.id().equals("dont_know_q")) {
                assertThat(draft.item(q.id())).as(q.id()).get()
                        .satisfies(item -> assertThat(item.answer()).as(q.id()).isEqualTo(onScreen));
                assertThat(pdfText).as(q.id() + " in the PDF").contains(onScreen.replaceAll("\\s+", " "));
            } else {
                assertThat(draft.item(q.id())).as(q.id() + " never leaves").isEmpty();
                assertThat(pdfText).doesNotContain(q.text().get(language, "nl"));
            }
        }

        // What those shared words are, so agreeing on something wrong cannot pass.
        Map<String, String> expected = "nl".equals(language)
                ? Map.of("yes_q", "Ja", "no_q", "Nee", "single_q", "Tweede", "multi_q", "Pools\nRoemeens",
                        "day_q", "15-03-2024", "month_q", "maart 2024", "year_q", "2023", "number_q", "2,5",
                        "dont_know_q", "Weet ik niet")
                : Map.of("yes_q", "Yes", "no_q", "No", "single_q", "Second", "multi_q", "Polish\nRomanian",
                        "day_q", "15 March 2024", "month_q", "March 2024", "year_q", "2023", "number_q", "2.5",
                        "dont_know_q", "I don't know");
        expected.forEach((id, words) -> assertThat(screen.text(questionnaire.question(id).orElseThrow(),
                given.get(id))).as(id).isEqualTo(words));
        assertThat(screen.text(questionnaire.question("declined_q").orElseThrow(), Answer.declined()))
                .isEqualTo("nl".equals(language) ? "Zeg ik liever niet" : "I'd rather not say");
        assertThat(screen.text(questionnaire.question("skipped_q").orElseThrow(), Answer.skipped()))
                .isEqualTo("Later");
    }
}
