package nl.baken.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.baken.cases.CaseFile;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentService;
import nl.baken.intake.Assessment;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.intake.QuestionnaireSource;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswersLoader;
import nl.baken.questionnaire.AnswersResult;
import nl.baken.store.Store;

/** Makes a real case for referral tests: a full intake from the invented sample answers, finished, with consent. */
public final class ReferralCases {

    /** The invented full-intake answers shipped as an example (an adult man, labour exploitation). */
    public static final String SAMPLE = "docs/examples/intake-answers-sample.yaml";
    public static final String WORKER = "w1";
    /** The sample's {@code role: followup_date} question. */
    public static final String FOLLOWUP_QUESTION = "w_followup_date";

    private ReferralCases() {
    }

    /** A case with the sample intake finished and the given share audiences consented; returns the case. */
    public static CaseFile finishedIntake(IntakeService intakes, ConsentService consent, String... consentedAudiences) {
        return finishedIntakeBy(WORKER, intakes, consent, consentedAudiences);
    }

    /** The same, recorded by the worker with this slot id (a screen then names the worker). */
    public static CaseFile finishedIntakeBy(String workerId, IntakeService intakes, ConsentService consent,
                                            String... consentedAudiences) {
        return finishedIntakeBy(workerId, intakes, consent, Map.of(), consentedAudiences);
    }

    /**
     * A case on a test vault whose intake's follow-up date ({@code w_followup_date}, a fixed day in the sample) is
     * the given day, so a test about due and overdue tasks does not depend on the day it runs.
     */
    public static CaseFile finishedIntakeByTesterWithFollowup(TestVault vault, LocalDate followup) {
        return finishedIntakeBy(vault.open().workerId(), vault.intakes(), vault.consent(),
                Map.of(FOLLOWUP_QUESTION, Answer.of(followup.toString())));
    }

    private static CaseFile finishedIntakeBy(String workerId, IntakeService intakes, ConsentService consent,
                                             Map<String, Answer> replaced, String... consentedAudiences) {
        QuestionnaireSource source = TestVault.seed("intake.yaml");
        Path file = Path.of(System.getProperty("baken.projectDir", ".")).resolve(SAMPLE);
        AnswersResult answers = new AnswersLoader().load(file, SAMPLE, source.questionnaire());
        assertThat(answers.problems()).isEmpty();
        CaseFile c = intakes.createCase(Optional.of("Andrei"), workerId);
        IntakeSession s = intakes.start(c.id(), source, new IntakeSettings("nl", "ro", Interpreter.PHONE,
                Optional.of("ro")), workerId);
        answers.answers().asMap().forEach((q, a) ->
                intakes.saveAnswer(s.intake().id(), q, replaced.getOrDefault(q, a), workerId));
        intakes.finish(s.intake().id(), Assessment.YES, "", "", workerId);
        consent.record(c.id(), ConsentPurpose.STORE, ConsentDecision.GIVEN, Optional.empty(), false, workerId);
        for (String audience : consentedAudiences) {
            consent.record(c.id(), ConsentPurpose.share(audience), ConsentDecision.GIVEN, Optional.empty(), false,
                    workerId);
        }
        return c;
    }

    /** The same on a test vault, recorded by its own worker ("tester"). */
    public static CaseFile finishedIntakeByTester(TestVault vault, String... consentedAudiences) {
        return finishedIntakeBy(vault.open().workerId(), vault.intakes(), vault.consent(), consentedAudiences);
    }

    /** The same, on a test vault. */
    public static CaseFile finishedIntake(TestVault vault, String... consentedAudiences) {
        return finishedIntake(vault.intakes(), vault.consent(), consentedAudiences);
    }

    public static Store store(TestVault vault) {
        return vault.open().store();
    }
}
