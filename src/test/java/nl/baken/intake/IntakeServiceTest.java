package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerState;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeServiceTest {

    private static final IntakeSettings NL = new IntakeSettings("nl", "pl", Interpreter.PHONE, Optional.of("pl"));

    @TempDir
    Path dir;

    @Test
    void answersSurviveALockAndResumeWhereLeft() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.createCase(Optional.of("Ola"), "w1");
            assertThat(c.reference()).matches("BK-\\d{4}-[0-9A-Z]{5}");
            IntakeSession s = service.start(c.id(), TestVault.seed("short-intake.yaml"), NL, "w1");
            service.saveAnswer(s.intake().id(), "danger_today", Answer.of("no"), "w1");
            service.saveAnswer(s.intake().id(), "age", Answer.of("34"), "w1");
            service.saveAnswer(s.intake().id(), "name_alias", Answer.declined(), "w1");
            service.pause(s.intake().id(), "w1");
            String intakeId = s.intake().id();

            vault.reopen();
            IntakeService again = vault.intakes();
            assertThat(again.resumable()).extracting(Intake::id).containsExactly(intakeId);
            IntakeSession resumed = again.resume(intakeId, "w1");
            assertThat(resumed.ownAnswers().get("age")).contains(Answer.of("34"));
            assertThat(resumed.ownAnswers().get("name_alias").map(Answer::state)).contains(AnswerState.DECLINED);
            assertThat(resumed.current()).isPresent();
            assertThat(resumed.current().get().id()).isEqualTo("name_alias");
            assertThat(resumed.intake().interpreter()).isEqualTo(Interpreter.PHONE);
        }
    }

    @Test
    void theFullIntakeShowsWhatTheShortOneAlreadyKnows() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.createCase(Optional.empty(), "w1");
            IntakeSession shortOne = service.start(c.id(), TestVault.seed("short-intake.yaml"), NL, "w1");
            service.saveAnswer(shortOne.intake().id(), "age", Answer.of("34"), "w1");
            service.saveAnswer(shortOne.intake().id(), "bed_tonight", Answer.dontKnow(), "w1");
            service.finish(shortOne.intake().id(), Assessment.UNSURE, "", "", "w1");

            IntakeSession full = service.start(c.id(), TestVault.seed("intake.yaml"), NL, "w1");
            assertThat(full.isKnown("age")).isTrue();
            assertThat(full.answerFor("age")).contains(Answer.of("34"));
            assertThat(full.isKnown("bed_tonight")).as("don't know is asked again").isFalse();
            full.answer("age", Answer.of("35"));
            assertThat(full.isKnown("age")).isFalse();
        }
    }

    @Test
    void theQuestionnaireVersionIsKeptInTheVault() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.createCase(Optional.empty(), "w1");
            IntakeSession s = service.start(c.id(), TestVault.seed("intake.yaml"), NL, "w1");
            assertThat(service.library().fromVault(vault.open().store(), "intake-mensenhandel",
                    s.questionnaire().version())).isPresent();
        }
    }
}
