package nl.baken.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.questionnaire.Answer;

/** Interviews prepared in a vault before the app opens it: resumable at a given question, with given answers. */
public final class Interviews {

    private Interviews() {
    }

    /**
     * A vault in {@code dataDir} (worker "tester", {@link TestVault#PASSPHRASE}) with one case whose intake of
     * {@code seed} has {@code answers} and stands at {@code questionId}; home then offers it as "home-resume-0".
     */
    public static void resumableAt(Path dataDir, String seed, Map<String, Answer> answers, String questionId) {
        resumableAt(dataDir, seed, answers, questionId, new IntakeSettings("nl", "nl", Interpreter.NONE,
                Optional.empty()));
    }

    /** As {@link #resumableAt(Path, String, Map, String)}, in the languages and with the interpreter of {@code settings}. */
    public static void resumableAt(Path dataDir, String seed, Map<String, Answer> answers, String questionId,
                                   IntakeSettings settings) {
        try (TestVault vault = TestVault.in(dataDir)) {
            IntakeService intakes = vault.intakes();
            CaseFile c = intakes.createCase(Optional.empty(), "tester");
            vault.consent().record(c.id(), ConsentPurpose.STORE, ConsentDecision.GIVEN, Optional.empty(), false,
                    "tester");
            IntakeSession s = intakes.start(c.id(), TestVault.seed(seed), settings, "tester");
            answers.forEach((q, a) -> intakes.saveAnswer(s.intake().id(), q, a, "tester"));
            intakes.setCurrentQuestion(s.intake().id(), questionId);
        }
    }

    /** Unlocks the app as the prepared vault's worker and resumes its intake. */
    public static void unlockAndResume(AppDriver app) {
        app.typeInto("unlock-passphrase", TestVault.PASSPHRASE);
        app.type(javafx.scene.input.KeyCode.ENTER);
        app.click("home-resume-0");
        app.waitFor("wizard-question-text");
    }
}
