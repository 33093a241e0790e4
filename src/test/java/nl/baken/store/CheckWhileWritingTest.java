package nl.baken.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.baken.cases.CaseFile;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Question;
import nl.baken.support.TestVault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check while the app saves (its own session, as "Controleren" after unlock runs): every table and index is read in
 * one snapshot, so cases and answers committed halfway never make a healthy vault look damaged.
 */
class CheckWhileWritingTest {

    @TempDir
    Path dir;

    @Test
    void checksWhileCasesAndAnswersAreSavedFindNothingWrong() throws Exception {
        try (TestVault vault = TestVault.in(dir.resolve("vault"))) {
            IntakeService intakes = vault.intakes();
            Store store = vault.open().store();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger saves = new AtomicInteger();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    while (!done.get()) {
                        CaseFile c = intakes.createCase(Optional.of("Naam " + saves.get()), "w1");
                        IntakeSession s = intakes.start(c.id(), TestVault.seed("intake.yaml"),
                                new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty()), "w1");
                        for (Question q : s.questionnaire().questions().subList(0, 10)) {
                            intakes.saveAnswer(s.intake().id(), q.id(), Answer.of("antwoord"), "w1");
                            saves.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    failed.set(e);
                }
            }, "writer");
            writer.start();
            List<List<String>> problems = new ArrayList<>();
            try {
                for (int i = 0; i < 500 && (i < 15 || saves.get() < 300) && failed.get() == null; i++) {
                    CheckReport report = store.check();
                    if (!report.healthy()) {
                        problems.add(report.problems());
                    }
                }
            } finally {
                done.set(true);
                writer.join();
            }
            assertThat(failed.get()).isNull();
            assertThat(saves.get()).as("answers saved during the checks").isGreaterThanOrEqualTo(300);
            assertThat(problems).isEmpty();
        }
    }
}
