package nl.baken.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.store.StoreException;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeImportTest {

    private static final IntakeSettings NL = new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty());

    @TempDir
    Path dir;

    @Test
    void anImportIsOneFinishedIntakeAndCountsPerCase() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            CaseFile c = service.importCase(Optional.of(" Ola "), TestVault.seed("short-intake.yaml"),
                    Answers.of(Map.of("age", Answer.of("34"), "bed_tonight", Answer.dontKnow())), NL, "w1");
            assertThat(c.alias()).contains("Ola");
            Intake intake = service.intakesOf(c.id()).get(0);
            assertThat(intake.status()).isEqualTo(IntakeStatus.FINISHED);
            assertThat(intake.assessment()).contains(Assessment.UNSURE);
            assertThat(intake.finishedAt()).isPresent();
            assertThat(service.resume(intake.id(), "w1").ownAnswers().get("bed_tonight")).contains(Answer.dontKnow());
            service.recordIntake(c.id(), TestVault.seed("intake.yaml"), Answers.empty(), NL, IntakeStatus.PAUSED,
                    Assessment.NO, "w1");
            assertThat(service.intakeCounts()).isEqualTo(Map.of(c.id(), 2));
            assertThat(service.resumable()).hasSize(1);
            assertThat(vault.audit().firstBrokenEntry()).isEmpty();
            assertThat(vault.audit().entries()).extracting(e -> e.event())
                    .contains("CASE_CREATE", "INTAKE_IMPORT", "INTAKE_FINISH");
        }
    }

    @Test
    void aFailingImportLeavesNothingBehind() {
        try (TestVault vault = TestVault.in(dir)) {
            IntakeService service = vault.intakes();
            int auditBefore = vault.audit().entries().size();
            // A question id longer than the column allows fails after the case and intake rows were written.
            Answers answers = Answers.of(Map.of("age", Answer.of("34"), "x".repeat(150), Answer.of("1")));
            assertThatThrownBy(() -> service.importCase(Optional.of("Ola"), TestVault.seed("short-intake.yaml"),
                    answers, NL, "w1")).isInstanceOf(StoreException.class);
            assertThat(service.cases()).isEmpty();
            assertThat(service.intakeCounts()).isEmpty();
            assertThat(service.library().fromVault(vault.open().store(), "intake-kort", 1)).isEmpty();
            assertThat(vault.audit().entries()).hasSize(auditBefore);
            vault.reopen();
            assertThat(vault.intakes().cases()).isEmpty();
        }
    }
}
