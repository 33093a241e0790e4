package nl.baken.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.baken.audit.AuditEvent;
import nl.baken.cases.CaseFile;
import nl.baken.intake.Assessment;
import nl.baken.intake.IntakeDraft;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AskedTo;
import nl.baken.questionnaire.Audience;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.referral.Partner;
import nl.baken.referral.ReferralDraft;
import nl.baken.referral.ReferralSelection;
import nl.baken.referral.ReferralService;
import nl.baken.session.BundleReportWords;
import nl.baken.session.UnlockedServices;
import nl.baken.i18n.Messages;
import nl.baken.support.ReferralCases;
import nl.baken.support.TestVault;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access export (issue 15 part 3) of a case holding 50 marker strings, in every place a case keeps text: each
 * text answer of a second intake, its assessment note and next steps, a draft typed in a third, notes and tasks. The PDF holds all 50, a
 * worker's observation marked as such; a referral of the same case still holds only its audience's share.
 */
class AccessReportTest {

    private static final String OBSERVATION = "Waarneming van de hulpverlener, niet door u gezegd";

    @TempDir
    static Path dir;
    static TestVault vault;
    static UnlockedServices session;
    static CaseFile c;
    static Questionnaire questionnaire;
    /** Marker by where it was put: a question id, "note", "task", "assessment_note" or "next_steps". */
    static final Map<String, List<String>> markers = new LinkedHashMap<>();
    static final List<String> all = new ArrayList<>();
    static Question draftQuestion;

    @BeforeAll
    static void caseWithFiftyMarkers() {
        vault = TestVault.in(dir.resolve("vault"));
        session = UnlockedServices.open(vault.open(), Clock.systemDefaultZone(), dir.resolve("questionnaires"));
        String worker = session.workerId();
        c = ReferralCases.finishedIntakeBy(worker, session.intakes(), session.consent(), "shelter");
        var source = TestVault.seed("intake.yaml");
        questionnaire = source.questionnaire();
        IntakeSession second = session.intakes().start(c.id(), source,
                new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty()), worker);
        for (Question q : questionnaire.questions()) {
            if (q.type() == QuestionType.TEXT || q.type() == QuestionType.LONG_TEXT) {
                String m = marker();
                markers.put(q.id(), List.of(m));
                session.intakes().saveAnswer(second.intake().id(), q.id(), Answer.of(m), worker);
            }
        }
        String note = marker();
        String steps = marker();
        markers.put("assessment_note", List.of(note));
        markers.put("next_steps", List.of(steps));
        session.intakes().finish(second.intake().id(), Assessment.UNSURE, note, steps, worker);
        // A third intake, still open, with a typed answer kept as a draft when the app locked.
        IntakeSession third = session.intakes().start(c.id(), source,
                new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty()), worker);
        draftQuestion = questionnaire.questions().stream()
                .filter(q -> q.type() == QuestionType.LONG_TEXT || q.type() == QuestionType.TEXT).findFirst()
                .orElseThrow();
        String typed = marker();
        markers.put("draft", List.of(typed));
        session.intakes().saveDraft(third.intake().id(), new IntakeDraft(draftQuestion.id(), "Half getypt " + typed));
        List<String> notes = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        while (all.size() < 50) {
            String m = marker();
            if (notes.size() <= tasks.size()) {
                notes.add(m);
                session.desk().addNote(c.id(), "Notitie " + m, worker);
            } else {
                tasks.add(m);
                session.desk().addTask(c.id(), LocalDate.now().plusDays(tasks.size()), Optional.empty(),
                        "Taak " + m, worker);
            }
        }
        markers.put("note", notes);
        markers.put("task", tasks);
    }

    private static String marker() {
        String m = String.format("MRK%02dQ", all.size() + 1);
        all.add(m);
        return m;
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static String export(String name) throws Exception {
        Path target = dir.resolve(name);
        char[] password = session.reports().exportAccess(c.reference(), new BundleReportWords(Messages.of("nl")),
                target, session.workerId());
        try {
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(target), new String(password))) {
                assertThat(doc.getEncryption().getLength()).isEqualTo(256);
                assertThat(doc.getDocumentInformation().getTitle()).doesNotContain("Andrei");
            }
            return ReportPdfs.text(target, new String(password));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    @Test
    void holdsAllFiftyMarkersAndMarksTheWorkersObservations() throws Exception {
        assertThat(all).hasSize(50);
        long before = session.audit().entries().stream().filter(e -> e.event().equals("ACCESS_EXPORT")).count();
        String text = export("inzage.pdf");
        assertThat(text).contains(all);
        assertThat(text).contains(c.reference(), "Andrei", "Uw gegevens bewaren", "Delen met de opvang");
        for (Question q : questionnaire.questions()) {
            if (!markers.containsKey(q.id())) {
                continue;
            }
            String asked = ReportPdfs.flat(q.text().get("nl", "nl")) + " " + markers.get(q.id()).get(0);
            if (q.askedTo() == AskedTo.WORKER) {
                assertThat(text).as(q.id()).contains(OBSERVATION + " " + asked);
            } else {
                assertThat(text).as(q.id()).contains(asked).doesNotContain(OBSERVATION + " " + asked);
            }
        }
        // The draft is there, marked as not an answer.
        assertThat(text).contains("Ingetypt maar nog niet opgeslagen als antwoord (concept) "
                + ReportPdfs.flat(draftQuestion.text().get("nl", "nl")) + " Half getypt " + markers.get("draft").get(0));
        // The worker's own assessment is marked as the worker's too.
        assertThat(text).contains("Eigen inschatting van de hulpverlener Toelichting bij de inschatting "
                + markers.get("assessment_note").get(0));
        // The export is one audit entry, about the case.
        List<AuditEvent> exports = session.audit().entries().stream()
                .filter(e -> e.event().equals("ACCESS_EXPORT")).toList();
        assertThat(exports).hasSize((int) before + 1);
        assertThat(exports.get(exports.size() - 1).subject()).isEqualTo(c.id());
        assertThat(exports.get(exports.size() - 1).workerId()).isEqualTo(session.workerId());
    }

    @Test
    void theClientsLanguageStandsBesideTheQuestionAndTheAuditEntriesAreListed() throws Exception {
        String text = export("inzage-talen.pdf");
        // The sample intake was held with a Romanian speaker: its questions carry the Romanian text beside.
        var answers = session.reports().accessFacts(c.id()).intakes().get(0).answers();
        Question ro = questionnaire.questions().stream()
                .filter(q -> q.askedTo() == AskedTo.CLIENT && q.text().in("ro").isPresent())
                .filter(q -> answers.get(q.id()).isPresent())
                .findFirst().orElseThrow();
        assertThat(text).contains("(ro) " + ReportPdfs.flat(ro.text().in("ro").get()));
        assertThat(text).contains("CASE_CREATE", "INTAKE_START", "INTAKE_FINISH", "NOTE_ADD", "TASK_ADD",
                "CONSENT_GIVEN");
    }

    @Test
    void aReferralOfTheSameCaseStillHoldsOnlyItsAudiencesShare() throws Exception {
        ReferralService referrals = session.referrals();
        Partner shelter = referrals.partnerFor("shelter", "nl");
        ReferralDraft draft = referrals.draft(c.id(), shelter, "nl");
        Path target = dir.resolve("opvang.pdf");
        ReferralService.Exported exported = referrals.export(draft, ReferralSelection.preselected(draft), target,
                session.workerId(), "Tester");
        String text = ReportPdfs.text(target, new String(exported.password()));
        for (Question q : questionnaire.questions()) {
            if (markers.containsKey(q.id()) && (q.askedTo() == AskedTo.WORKER
                    || !q.share().contains(Audience.of("shelter")))) {
                assertThat(text).as(q.id()).doesNotContain(markers.get(q.id()).get(0));
            }
        }
        for (String place : List.of("assessment_note", "next_steps", "note", "task", "draft")) {
            markers.get(place).forEach(m -> assertThat(text).as(place).doesNotContain(m));
        }
        assertThat(text).doesNotContain("Andrei");
        // And the access export made after it names the referral, its partner and what it held.
        String access = export("inzage-na-verwijzing.pdf");
        assertThat(access).contains("Naar " + shelter.name(), "Wat de verwijzing bevatte");
    }
}
