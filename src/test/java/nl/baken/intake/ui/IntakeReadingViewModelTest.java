package nl.baken.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.baken.audit.AuditEvent;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.Messages;
import nl.baken.intake.Assessment;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.IntakeStatus;
import nl.baken.intake.Interpreter;
import nl.baken.questionnaire.Answer;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An intake opened to read: its own answers by section in the reader's language, nothing changed, the read audited. */
class IntakeReadingViewModelTest {

    private static final IntakeSettings DUTCH = new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty());

    @TempDir
    Path dir;

    @Test
    void aFinishedIntakeReadsBySectionInTheReadersLanguageWithTheNoLongerApplicableApart() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.createCase(Optional.empty(), "w1");
            IntakeSession s = service.start(c.id(), TestVault.seed("short-intake.yaml"), DUTCH, "w1");
            String id = s.intake().id();
            // First "not safe" with a way to meet again, then safe after all: the meeting answer no longer applies.
            service.saveAnswer(id, "w_safe_to_start", Answer.of("no"), "w1");
            service.saveAnswer(id, "meet_again", Answer.of("come_back"), "w1");
            service.saveAnswer(id, "w_safe_to_start", Answer.of("yes"), "w1");
            service.saveAnswer(id, "danger_today", Answer.of("no"), "w1");
            service.finish(id, Assessment.UNSURE, "Rustig gesprek, wil nadenken.", "Over een week bellen.", "w1");

            // Taken in Dutch, read by a worker whose Baken speaks English.
            IntakeReadingViewModel vm = new IntakeReadingViewModel(service.read(id, "w2"), Messages.of("en"));

            assertThat(vm.title()).isEqualTo("Short first contact");
            assertThat(vm.facts()).startsWith("Finished · started ");
            assertThat(vm.resumable()).isFalse();
            List<ReviewRow> rows = vm.answers();
            assertThat(rows.get(0).isHeading()).isTrue();
            assertThat(rows.get(0).sectionTitle()).isEqualTo("Before the interview");
            assertThat(row(rows, "w_safe_to_start").question()).isEqualTo("Is it safe to start the interview now?");
            assertThat(row(rows, "w_safe_to_start").answer()).isEqualTo("Yes");
            assertThat(row(rows, "danger_today").answer()).isEqualTo("No");
            assertThat(row(rows, "danger_today").flagged()).isFalse();
            // A visible question this intake never answered says so, flagged; it is not left out.
            assertThat(row(rows, "someone_waiting").answer()).isEqualTo("Not answered yet");
            assertThat(row(rows, "someone_waiting").flagged()).isTrue();
            assertThat(rows).noneMatch(r -> "meet_again".equals(r.questionId()));
            assertThat(vm.notApplicable()).singleElement().satisfies(r -> {
                assertThat(r.questionId()).isEqualTo("meet_again");
                assertThat(r.answer()).isEqualTo("I will come back when I can");
            });
            assertThat(vm.assessment()).contains("Not sure yet");
            assertThat(vm.note()).contains("Rustig gesprek, wil nadenken.");
            assertThat(vm.nextSteps()).contains("Over een week bellen.");

            assertThat(service.intakesOf(c.id())).singleElement().extracting(i -> i.status())
                    .isEqualTo(IntakeStatus.FINISHED);
            List<AuditEvent> audit = vault.audit().entries();
            assertThat(audit.get(audit.size() - 1).event()).isEqualTo("INTAKE_READ");
            assertThat(audit.get(audit.size() - 1).workerId()).isEqualTo("w2");
        }
    }

    @Test
    void readingAPausedIntakeLeavesItPausedAndOffersToContinue() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.createCase(Optional.empty(), "w1");
            IntakeSession s = service.start(c.id(), TestVault.seed("short-intake.yaml"), DUTCH, "w1");
            service.saveAnswer(s.intake().id(), "w_safe_to_start", Answer.of("yes"), "w1");
            service.pause(s.intake().id(), "w1");

            IntakeReadingViewModel vm = new IntakeReadingViewModel(service.read(s.intake().id(), "w1"),
                    Messages.of("nl"));

            assertThat(vm.resumable()).isTrue();
            assertThat(vm.facts()).startsWith("Gepauzeerd · begonnen ");
            assertThat(row(vm.answers(), "w_safe_to_start").answer()).isEqualTo("Ja");
            assertThat(service.intakesOf(c.id())).singleElement().extracting(i -> i.status())
                    .isEqualTo(IntakeStatus.PAUSED);
        }
    }

    private static ReviewRow row(List<ReviewRow> rows, String questionId) {
        return rows.stream().filter(r -> questionId.equals(r.questionId())).findFirst().orElseThrow();
    }
}
