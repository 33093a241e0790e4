package nl.baken.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.intake.Assessment;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.IntakeStatus;
import nl.baken.intake.Interpreter;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.intake.QuestionnaireSource;
import nl.baken.questionnaire.Answers;
import nl.baken.store.Store;
import nl.baken.support.ReferralServices;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The referral screen's cases: those with a finished intake, newest first, read in one query, not one per case. */
class ReferableCasesTest {

    @TempDir
    Path dir;

    @Test
    void theCasesWithAFinishedIntakeAreTheSameAsCaseByCaseAndComeInOneStatement() {
        try (TestVault vault = TestVault.in(dir)) {
            Store store = vault.open().store();
            IntakeService intakes = vault.intakes();
            QuestionnaireSource kort = TestVault.seed("short-intake.yaml");
            IntakeSettings nl = new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty());
            CaseFile none = intakes.createCase(Optional.of("Demo geen"), "w");
            CaseFile open = withIntakes(intakes, kort, nl, IntakeStatus.PAUSED);
            CaseFile finished = withIntakes(intakes, kort, nl, IntakeStatus.FINISHED);
            CaseFile both = withIntakes(intakes, kort, nl, IntakeStatus.IN_PROGRESS, IntakeStatus.FINISHED);
            CaseFile closed = withIntakes(intakes, kort, nl, IntakeStatus.FINISHED);
            intakes.closeCase(closed.id(), "w");
            CaseFile stopped = withIntakes(intakes, kort, nl, IntakeStatus.STOPPED);
            ReferralService referrals = ReferralServices.on(store, new QuestionnaireLibrary(null), vault.consent(),
                    vault.audit(), Clock.systemUTC());

            // What the screen listed before: every case, each asked for its intakes.
            List<String> caseByCase = intakes.cases().stream().filter(c -> intakes.intakesOf(c.id()).stream()
                    .anyMatch(i -> i.status() == IntakeStatus.FINISHED)).map(CaseFile::id).toList();
            store.dsl().execute("SET QUERY_STATISTICS TRUE");
            List<CaseFile> found = referrals.referableCases();
            long statements = ((Number) store.dsl().fetchValue("SELECT COALESCE(SUM(EXECUTION_COUNT), 0)"
                    + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'"))
                    .longValue();
            store.dsl().execute("SET QUERY_STATISTICS FALSE");

            assertThat(found).extracting(CaseFile::id).isEqualTo(caseByCase)
                    .containsExactlyInAnyOrder(finished.id(), both.id(), closed.id())
                    .doesNotContain(none.id(), open.id(), stopped.id());
            assertThat(found.get(0).alias()).isPresent();
            assertThat(statements).as("statements run by referableCases").isEqualTo(1);
        }
    }

    private static CaseFile withIntakes(IntakeService intakes, QuestionnaireSource source, IntakeSettings settings,
                                        IntakeStatus... statuses) {
        CaseFile c = intakes.createCase(Optional.of("Demo " + statuses.length), "w");
        for (IntakeStatus status : statuses) {
            intakes.recordIntake(c.id(), source, Answers.empty(), settings, status, Assessment.UNSURE, "w");
        }
        return c;
    }
}
