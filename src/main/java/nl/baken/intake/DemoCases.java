package nl.baken.intake;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.baken.cases.CaseFile;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentService;
import nl.baken.consent.ConsentSigner;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Audience;
import nl.baken.questionnaire.RandomAnswers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a vault with synthetic cases for trying the app and for benchmarks: invented aliases ("Demo 001"), random
 * answers along the seed questionnaires' flows, a mix of short-only and full intakes, and random consents. With the
 * same seed the content is the same; ids, references and times are not.
 */
public final class DemoCases {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    private static final String SHORT = "intake-kort";
    private static final String FULL = "intake-mensenhandel";
    private static final List<String> CLIENT_LANGUAGES = List.of("nl", "en", "pl", "ro", "bg");

    private final IntakeService intakes;
    private final ConsentService consent;
    private final Random random;
    private final RandomAnswers answers;

    public DemoCases(IntakeService intakes, ConsentService consent, Random random) {
        this.intakes = intakes;
        this.consent = consent;
        this.random = random;
        this.answers = new RandomAnswers(random);
    }

    /** Creates {@code count} demo cases; returns their ids in order. */
    public List<String> create(int count, String workerId) {
        QuestionnaireSource shortIntake = seed(SHORT);
        QuestionnaireSource fullIntake = seed(FULL);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            CaseFile c = intakes.createCase(Optional.of(String.format("Demo %03d", i)), workerId);
            IntakeSettings settings = settings();
            int kind = random.nextInt(10);
            boolean shortFinished = kind >= 2;
            Answers shortAnswers = answers.walk(shortIntake.questionnaire(), Answers.empty(),
                    shortFinished ? Integer.MAX_VALUE : 1 + random.nextInt(8));
            intakes.recordIntake(c.id(), shortIntake, shortAnswers, settings,
                    shortFinished ? IntakeStatus.FINISHED : pausedOrInProgress(), assessment(), workerId);
            if (kind >= 5) {
                boolean fullFinished = kind >= 7;
                Answers known = intakes.knownAnswers(c.id(), "");
                Answers fullAnswers = answers.walk(fullIntake.questionnaire(), known,
                        fullFinished ? Integer.MAX_VALUE : 5 + random.nextInt(40));
                intakes.recordIntake(c.id(), fullIntake, fullAnswers, settings,
                        fullFinished ? IntakeStatus.FINISHED : pausedOrInProgress(), assessment(), workerId);
            }
            consents(c.id(), workerId);
            ids.add(c.id());
        }
        LOG.info("{} demo cases created", count);
        return ids;
    }

    private QuestionnaireSource seed(String id) {
        return intakes.library().available().stream().filter(s -> s.questionnaire().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("seed questionnaire missing: " + id));
    }

    private IntakeSettings settings() {
        String client = CLIENT_LANGUAGES.get(random.nextInt(CLIENT_LANGUAGES.size()));
        Interpreter interpreter = client.equals("nl") ? Interpreter.NONE
                : Interpreter.values()[random.nextInt(Interpreter.values().length)];
        return new IntakeSettings("nl", client, interpreter,
                interpreter == Interpreter.NONE ? Optional.empty() : Optional.of(client));
    }

    private IntakeStatus pausedOrInProgress() {
        return random.nextBoolean() ? IntakeStatus.PAUSED : IntakeStatus.IN_PROGRESS;
    }

    private Assessment assessment() {
        return Assessment.values()[random.nextInt(Assessment.values().length)];
    }

    private void consents(String caseId, String workerId) {
        decide(caseId, ConsentPurpose.STORE, 85, 15, workerId);
        for (String audience : Audience.ids()) {
            decide(caseId, ConsentPurpose.share(audience), 40, 20, workerId);
        }
        decide(caseId, ConsentPurpose.COMENSHA, 30, 10, workerId);
        decide(caseId, ConsentPurpose.STATISTICS, 60, 20, workerId);
    }

    /** Given with {@code givenPercent}, declined with {@code declinedPercent}, else nothing; some given are withdrawn. */
    private void decide(String caseId, ConsentPurpose purpose, int givenPercent, int declinedPercent, String workerId) {
        int roll = random.nextInt(100);
        if (roll >= givenPercent + declinedPercent) {
            return;
        }
        boolean comensha = purpose.equals(ConsentPurpose.COMENSHA);
        Optional<ConsentSigner> signer = comensha
                ? Optional.of(random.nextInt(5) == 0 ? ConsentSigner.PARENT_OR_GUARDIAN : ConsentSigner.PERSON)
                : Optional.empty();
        boolean form = comensha && random.nextBoolean();
        if (roll >= givenPercent) {
            consent.record(caseId, purpose, ConsentDecision.DECLINED, Optional.empty(), false, workerId);
            return;
        }
        consent.record(caseId, purpose, ConsentDecision.GIVEN, signer, form, workerId);
        if (random.nextInt(10) == 0) {
            consent.record(caseId, purpose, ConsentDecision.WITHDRAWN, Optional.empty(), false, workerId);
        }
    }
}
