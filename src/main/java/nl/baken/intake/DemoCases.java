package nl.baken.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntConsumer;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseFile;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentService;
import nl.baken.consent.ConsentSigner;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Choice;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;
import nl.baken.questionnaire.Audience;
import nl.baken.questionnaire.RandomAnswers;
import nl.baken.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a vault with synthetic cases for trying the app and for benchmarks: invented aliases ("Demo 001 Noor B."),
 * random answers along the seed questionnaires' flows, a mix of open, paused, stopped and finished intakes, random
 * consents, some closed cases, and whatever the {@link Extra}s of other features add (referrals, tasks, notes,
 * reflection periods). Cases are set at times spread over the past, a day per case up to two years ({@link DemoClock}). With the same seed
 * the content is the same; ids, references and times are not.
 *
 * <p>Fast and bounded: {@value #CASES_PER_COMMIT} cases are one transaction, so one fsync ({@code SyncOnCommit}), and
 * nothing of a case is kept once it is written.
 */
public final class DemoCases {

    /** Cases written per transaction: one commit and one fsync each. */
    public static final int CASES_PER_COMMIT = 500;
    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    private static final String SHORT = "intake-kort";
    private static final String FULL = "intake-mensenhandel";
    private static final List<String> CLIENT_LANGUAGES = List.of("nl", "en", "pl", "ro", "bg");
    /** Invented first names (mixed at random with an initial, so no real person is meant). */
    private static final List<String> FIRST_NAMES = List.of("Noor", "Lotte", "Iza", "Mila", "Sanne", "Anouk", "Daan",
            "Bram", "Joris", "Ana", "Ioana", "Elena", "Mihai", "Radu", "Kasia", "Zofia", "Marta", "Piotr", "Tomek",
            "Nadia", "Petya", "Desislava", "Ivo", "Grace", "Amina", "Joy", "Faith", "Chidi", "Samir", "Lina", "Yusuf",
            "Mei", "Linh", "Tran", "Olena", "Dasha", "Kofi", "Esi", "Rosa", "Luz");
    private static final String INITIALS = "ABDEGHJKLMNPRSTVWZ";
    private static final Duration SPREAD = Duration.ofDays(730);
    private static final List<String> CLOSE_REASONS = List.of("Demo: doorverwezen, hulp loopt elders",
            "Demo: geen contact meer", "Demo: verblijfsvergunning verleend");

    /** What another feature adds to a demo case (inside the case's transaction, with the run's random). */
    @FunctionalInterface
    public interface Extra {
        void add(DemoCase demoCase, Random random, String workerId);
    }

    /**
     * A demo case just written: the case, its intakes, the real today (due dates are set from it), and whether it is
     * closed once the extras are added.
     */
    public record DemoCase(CaseFile caseFile, List<MadeIntake> intakes, LocalDate today, boolean closing) {

        public boolean hasFinishedIntake() {
            return intakes.stream().anyMatch(i -> i.status() == IntakeStatus.FINISHED);
        }
    }

    /** One intake of a demo case as written. */
    public record MadeIntake(String intakeId, String questionnaireId, IntakeStatus status, Answers answers) {
    }

    private final Store store;
    private final IntakeService intakes;
    private final ConsentService consent;
    private final DemoClock clock;
    private final Random random;
    private final RandomAnswers answers;
    private final CaseDesk desk;
    private final List<Extra> extras;

    /**
     * {@code clock} must be the clock the services were built with, so the cases are set in the past; the desk adds
     * tasks, notes and reflection periods, the {@code extras} what other features add.
     */
    public DemoCases(Store store, IntakeService intakes, ConsentService consent, CaseDesk desk, DemoClock clock,
                     Random random, List<Extra> extras) {
        this.store = store;
        this.intakes = intakes;
        this.consent = consent;
        this.desk = desk;
        this.clock = clock;
        this.random = random;
        this.answers = new RandomAnswers(random);
        List<Extra> all = new ArrayList<>();
        all.add(new DemoDesk(desk));
        all.addAll(extras);
        this.extras = List.copyOf(all);
    }

    /**
     * Creates {@code count} demo cases, {@value #CASES_PER_COMMIT} per transaction, telling {@code progress} the
     * number written after each commit; returns the number written.
     */
    public int create(int count, String workerId, IntConsumer progress) {
        QuestionnaireSource shortIntake = seed(SHORT);
        QuestionnaireSource fullIntake = seed(FULL);
        Instant end = clock.realInstant();
        LocalDate today = LocalDate.ofInstant(end, clock.getZone());
        // A day per case up to two years: even a small demo covers months, so the statistics' charts have a shape.
        Duration spread = SPREAD.compareTo(Duration.ofDays(count)) > 0 ? Duration.ofDays(count) : SPREAD;
        try {
            for (int from = 1; from <= count; from += CASES_PER_COMMIT) {
                int first = from;
                int last = Math.min(count, from + CASES_PER_COMMIT - 1);
                store.inTransaction(dsl -> {
                    for (int i = first; i <= last; i++) {
                        // Oldest first, so the list's newest case is the last one made.
                        clock.pin(end.minus(spread.multipliedBy(count - i).dividedBy(count)));
                        one(i, shortIntake, fullIntake, today, workerId);
                    }
                    return null;
                });
                progress.accept(last);
            }
        } finally {
            clock.release();
        }
        LOG.info("{} demo cases created", count);
        return count;
    }

    private void one(int number, QuestionnaireSource shortIntake, QuestionnaireSource fullIntake, LocalDate today,
                     String workerId) {
        CaseFile c = intakes.createCase(Optional.of(alias(number)), workerId);
        List<MadeIntake> made = new ArrayList<>(2);
        IntakeSettings settings = settings();
        int kind = random.nextInt(10);
        boolean shortFinished = kind >= 2;
        Answers shortAnswers = answers.walk(shortIntake.questionnaire(), Answers.empty(),
                shortFinished ? Integer.MAX_VALUE : 1 + random.nextInt(8));
        made.add(record(c, shortIntake, shortAnswers, settings, shortFinished, workerId));
        if (kind >= 5) {
            later(Duration.ofDays(1 + random.nextInt(20)));
            boolean fullFinished = kind >= 7;
            Answers known = intakes.knownAnswers(c.id(), "");
            Answers fullAnswers = answers.walk(fullIntake.questionnaire(), known,
                    fullFinished ? Integer.MAX_VALUE : 5 + random.nextInt(40));
            made.add(record(c, fullIntake, withForm(fullIntake, fullAnswers), settings, fullFinished, workerId));
        }
        consents(c.id(), workerId);
        // Some cases that were followed through are closed; an open intake keeps its case open.
        boolean closing = kind >= 7 && random.nextInt(4) == 0;
        DemoCase demoCase = new DemoCase(c, made, today, closing);
        for (Extra extra : extras) {
            extra.add(demoCase, random, workerId);
        }
        if (closing) {
            later(Duration.ofDays(30 + random.nextInt(60)));
            desk.close(c.id(), CLOSE_REASONS.get(random.nextInt(CLOSE_REASONS.size())), workerId);
        }
    }

    private MadeIntake record(CaseFile c, QuestionnaireSource source, Answers given, IntakeSettings settings,
                              boolean finished, String workerId) {
        IntakeStatus status = finished ? IntakeStatus.FINISHED : openStatus();
        Intake intake = intakes.recordIntake(c.id(), source, given, settings, status, assessment(), workerId);
        return new MadeIntake(intake.id(), source.questionnaire().id(), status, given);
    }

    /**
     * Nine full intakes in ten name a form of exploitation (one or two choices of the {@code exploitation_forms}
     * question) even when the walk stopped before it or drew "don't know", so the statistics have forms to count.
     */
    private Answers withForm(QuestionnaireSource source, Answers given) {
        Optional<Question> forms = source.questionnaire().exploitationForms().flatMap(f -> source.questionnaire()
                .questions().stream().filter(q -> q.id().equals(f.question())).findFirst());
        if (forms.isEmpty() || given.get(forms.get().id()).map(Answer::hasValue).orElse(false)
                || random.nextInt(10) == 0) {
            return given;
        }
        List<Choice> choices = forms.get().choices();
        String first = choices.get(random.nextInt(choices.size())).value();
        String second = choices.get(random.nextInt(choices.size())).value();
        boolean two = forms.get().type() == QuestionType.MULTI && !first.equals(second) && random.nextInt(4) == 0;
        return given.with(forms.get().id(), two ? Answer.ofAll(List.of(first, second)) : Answer.of(first));
    }

    /** Moves the pinned clock on, never past the real time. */
    private void later(Duration by) {
        Instant next = clock.instant().plus(by);
        Instant real = clock.realInstant();
        clock.pin(next.isAfter(real) ? real : next);
    }

    private String alias(int number) {
        return String.format("Demo %03d %s %c.", number, FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())),
                INITIALS.charAt(random.nextInt(INITIALS.length())));
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

    /** An intake left open: paused, in progress (the app was closed mid-way) or, now and then, stopped. */
    private IntakeStatus openStatus() {
        int roll = random.nextInt(10);
        return roll == 0 ? IntakeStatus.STOPPED : roll < 6 ? IntakeStatus.PAUSED : IntakeStatus.IN_PROGRESS;
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
        // Most people agree to anonymous counts; some decline and a few withdraw later (see decide).
        decide(caseId, ConsentPurpose.STATISTICS, 85, 8, workerId);
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
