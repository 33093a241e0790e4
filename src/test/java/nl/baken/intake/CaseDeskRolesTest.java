package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import nl.baken.audit.AuditLog;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseTask;
import nl.baken.cases.JooqCaseRepository;
import nl.baken.cases.ReflectionStatus;
import nl.baken.cases.TaskOrigin;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentService;
import nl.baken.consent.JooqConsentRepository;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Exploitation;
import nl.baken.store.Store;
import nl.baken.support.MovableClock;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An intake feeds the desk: a {@code role: followup_date} answer becomes the intake's follow-up task, a
 * {@code role: reflection_start} answer starts the reflection period, every answer moves the case's last activity,
 * and the forms of exploitation signalled reach the case when the intake settles or is imported.
 */
class CaseDeskRolesTest {

    private static final IntakeSettings NL = new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty());
    private static final Instant NOON = Instant.parse("2026-06-15T10:00:00Z");

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(NOON, ZoneId.of("Europe/Amsterdam"));

    private static QuestionnaireSource fixture() throws IOException {
        Path file = Path.of(System.getProperty("baken.projectDir", ".")).resolve("src/test/resources/desk/desk-roles.yaml");
        return new QuestionnaireLibrary(null).parse("desk-roles.yaml", Files.readString(file)).orElseThrow();
    }

    private record Services(CaseDesk desk, IntakeService intakes) {
    }

    private Services services(TestVault vault) {
        Store store = vault.open().store();
        JooqCaseRepository cases = new JooqCaseRepository(store);
        AuditLog audit = new AuditLog(store, clock);
        CaseDesk desk = CaseDesk.on(store, cases, audit, clock, Map::of);
        return new Services(desk, new IntakeService(store, cases, new JooqIntakeRepository(store),
                new QuestionnaireLibrary(null), desk, audit, clock, new SecureRandom()));
    }

    @Test
    void theFollowUpDateAnswerBecomesOneTaskThatFollowsTheAnswer() throws IOException {
        try (TestVault vault = TestVault.in(dir)) {
            Services s = services(vault);
            CaseFile c = s.intakes().createCase(Optional.empty(), "w1");
            IntakeSession session = s.intakes().start(c.id(), fixture(), NL, "w1");
            String intake = session.intake().id();

            s.intakes().saveAnswer(intake, "next_contact", Answer.of("2026-06-20"), "w1");
            assertThat(s.desk().tasksOf(c.id())).singleElement().satisfies(t -> {
                assertThat(t.dueDate()).isEqualTo("2026-06-20");
                assertThat(t.origin()).isEqualTo(TaskOrigin.FOLLOWUP);
                assertThat(t.sourceIntakeId()).contains(intake);
                assertThat(t.text()).isEmpty();
            });

            s.intakes().saveAnswer(intake, "next_contact", Answer.of("2026-06-22"), "w1");
            assertThat(s.desk().tasksOf(c.id())).extracting(CaseTask::dueDate)
                    .containsExactly(LocalDate.parse("2026-06-22"));

            s.intakes().saveAnswer(intake, "next_contact", Answer.dontKnow(), "w1");
            assertThat(s.desk().tasksOf(c.id())).as("no date, no follow-up").isEmpty();

            s.intakes().saveAnswer(intake, "next_contact", Answer.of("2026-06-25"), "w1");
            CaseTask task = s.desk().tasksOf(c.id()).get(0);
            s.desk().markDone(task.id(), "w1");
            s.intakes().removeAnswer(intake, "next_contact", "w1");
            assertThat(s.desk().tasksOf(c.id())).as("a done follow-up stays").extracting(CaseTask::done)
                    .containsExactly(true);
        }
    }

    @Test
    void theReflectionStartAnswerStartsTheReflectionPeriod() throws IOException {
        try (TestVault vault = TestVault.in(dir)) {
            Services s = services(vault);
            CaseFile c = s.intakes().createCase(Optional.empty(), "w1");
            String intake = s.intakes().start(c.id(), fixture(), NL, "w1").intake().id();

            s.intakes().saveAnswer(intake, "refl_start", Answer.of("2026-03-30"), "w1");
            var period = s.desk().reflectionOf(c.id()).orElseThrow();
            assertThat(period.start()).isEqualTo("2026-03-30");
            assertThat(period.end()).isEqualTo("2026-06-30");
            assertThat(period.status()).isEqualTo(ReflectionStatus.RUNNING);
            assertThat(period.sourceIntakeId()).contains(intake);
            assertThat(s.desk().deadlines()).extracting(d -> d.caseReference()).containsExactly(c.reference());

            s.desk().setReflectionStatus(c.id(), ReflectionStatus.OFFERED, "w1");
            s.intakes().saveAnswer(intake, "refl_start", Answer.of("2026-04-01"), "w1");
            assertThat(s.desk().reflectionOf(c.id()).orElseThrow()).satisfies(p -> {
                assertThat(p.start()).isEqualTo("2026-04-01");
                assertThat(p.status()).as("the worker's status stays").isEqualTo(ReflectionStatus.OFFERED);
            });
        }
    }

    @Test
    void answersMoveTheLastActivityAndASettledIntakeGivesTheCaseItsFormsOfExploitation() throws IOException {
        try (TestVault vault = TestVault.in(dir)) {
            Services s = services(vault);
            CaseFile c = s.intakes().createCase(Optional.empty(), "w1");
            String intake = s.intakes().start(c.id(), fixture(), NL, "w1").intake().id();
            clock.move(Duration.ofMinutes(7));
            s.intakes().saveAnswer(intake, "unpaid", Answer.of("no"), "w1");
            assertThat(s.desk().summary(c.id()).orElseThrow().lastActivityAt().toInstant())
                    .isEqualTo(NOON.plus(Duration.ofMinutes(7)));

            s.intakes().pause(intake, "w1");
            assertThat(s.desk().summary(c.id()).orElseThrow().exploitationForms()).containsExactly(Exploitation.LABOUR);

            s.intakes().saveAnswer(intake, "unpaid", Answer.of("yes"), "w1");
            s.intakes().finish(intake, Assessment.UNSURE, null, null, "w1");
            assertThat(s.desk().summary(c.id()).orElseThrow().exploitationForms()).isEmpty();

            // A consent decision moves the last activity too (consent tells the desk through its hook).
            ConsentService consent = new ConsentService(new JooqConsentRepository(vault.open().store()),
                    new AuditLog(vault.open().store(), clock), clock, s.desk()::caseTouched);
            clock.move(Duration.ofMinutes(5));
            consent.record(c.id(), ConsentPurpose.STORE, ConsentDecision.DECLINED, Optional.empty(), false, "w1");
            assertThat(s.desk().summary(c.id()).orElseThrow().lastActivityAt().toInstant())
                    .isEqualTo(NOON.plus(Duration.ofMinutes(12)));

            // Refusing consent closes the case once; refusing again on the closed case changes nothing more.
            s.intakes().closeCase(c.id(), "w1");
            var closedAt = s.desk().summary(c.id()).orElseThrow().closedAt();
            clock.move(Duration.ofMinutes(5));
            s.intakes().closeCase(c.id(), "w1");
            assertThat(s.desk().summary(c.id()).orElseThrow().closedAt()).isEqualTo(closedAt).isPresent();
            assertThat(vault.audit().entries()).filteredOn(e -> e.event().equals("CASE_CLOSE")).hasSize(1);
        }
    }

    @Test
    void anImportedIntakeBringsItsFollowUpReflectionAndForms() throws IOException {
        try (TestVault vault = TestVault.in(dir)) {
            Services s = services(vault);
            Answers answers = Answers.of(Map.of("unpaid", Answer.of("no"), "refl_start", Answer.of("2026-05-01"),
                    "next_contact", Answer.of("2026-06-18")));
            CaseFile c = s.intakes().importCase(Optional.empty(), fixture(), answers, NL, "w1");
            assertThat(s.desk().tasksOf(c.id())).extracting(CaseTask::dueDate)
                    .containsExactly(LocalDate.parse("2026-06-18"));
            assertThat(s.desk().reflectionOf(c.id()).orElseThrow().end()).isEqualTo("2026-08-01");
            assertThat(s.desk().summary(c.id()).orElseThrow().exploitationForms()).containsExactly(Exploitation.LABOUR);
        }
    }
}
