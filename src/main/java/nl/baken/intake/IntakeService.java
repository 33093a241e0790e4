package nl.baken.intake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.Year;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.baken.audit.AuditLog;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseReferences;
import nl.baken.cases.CaseRepository;
import nl.baken.cases.CaseStatus;
import nl.baken.cases.CaseSummary;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerState;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Exploitation;
import nl.baken.questionnaire.Flow;
import nl.baken.questionnaire.FlowResult;
import nl.baken.questionnaire.LocalizedText;
import nl.baken.questionnaire.Questionnaire;
import nl.baken.questionnaire.Role;
import nl.baken.store.Store;
import nl.baken.store.StoreException;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cases and intakes: start, answer (each answer committed before it is acknowledged), pause, stop, resume and
 * finish. Every method touches the database and runs off the FX thread.
 */
public final class IntakeService {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeService.class);

    private final Store store;
    private final CaseRepository cases;
    private final IntakeRepository intakes;
    private final QuestionnaireLibrary library;
    private final CaseDesk desk;
    private final AuditLog audit;
    private final Clock clock;
    private final CaseReferences references;
    private final Map<String, Intake> intakeFacts = new ConcurrentHashMap<>();
    private final Map<String, Optional<QuestionnaireSource>> questionnaires = new ConcurrentHashMap<>();
    private final Map<String, Flow> flows = new ConcurrentHashMap<>();

    /**
     * @param desk the case desk the intake's follow-up date and reflection start go to, and which hears when an
     *             intake of a case changes
     */
    public IntakeService(Store store, CaseRepository cases, IntakeRepository intakes, QuestionnaireLibrary library,
                         CaseDesk desk, AuditLog audit, Clock clock, SecureRandom random) {
        this.store = store;
        this.cases = cases;
        this.intakes = intakes;
        this.library = library;
        this.desk = desk;
        this.audit = audit;
        this.clock = clock;
        this.references = new CaseReferences(random);
    }

    /** The service with a case desk of its own on the same store (no workers to hand a case to): for tests and tools. */
    public IntakeService(Store store, CaseRepository cases, IntakeRepository intakes, QuestionnaireLibrary library,
                         AuditLog audit, Clock clock, SecureRandom random) {
        this(store, cases, intakes, library, CaseDesk.on(store, cases, audit, clock, Map::of), audit, clock, random);
    }

    public QuestionnaireLibrary library() {
        return library;
    }

    /** A new case with a fresh pseudonymous reference and an optional alias. */
    public CaseFile createCase(Optional<String> alias, String workerId) {
        OffsetDateTime now = now();
        for (int attempt = 0; attempt < 5; attempt++) {
            CaseFile c = new CaseFile(UUID.randomUUID().toString(), references.next(Year.from(now)),
                    alias.map(String::strip).filter(a -> !a.isEmpty()), CaseStatus.OPEN, now, workerId);
            try {
                cases.create(c);
                audit.record(workerId, "CASE_CREATE", c.id());
                return c;
            } catch (StoreException e) {
                // A reference collision (one in millions) simply draws a new one.
            }
        }
        throw new StoreException(StoreException.Reason.WRITE_FAILED, 0);
    }

    /** Sets, changes or (with an empty one) removes the alias of a case; the change is in the audit log. */
    public void setAlias(String caseId, Optional<String> alias, String workerId) {
        store.inTransaction(dsl -> {
            cases.setAlias(caseId, alias.map(String::strip).filter(a -> !a.isEmpty()));
            desk.intakeChanged(caseId, Optional.empty());
            audit.append(dsl, workerId, "CASE_ALIAS", caseId);
            return null;
        });
    }

    /** Starts an intake on a case with a questionnaire, keeping that questionnaire version in the vault. */
    public IntakeSession start(String caseId, QuestionnaireSource source, IntakeSettings settings, String workerId) {
        QuestionnaireSource kept = library.keep(store, source, clock);
        OffsetDateTime now = now();
        Intake intake = new Intake(UUID.randomUUID().toString(), caseId, kept.questionnaire().id(),
                kept.questionnaire().version(), IntakeStatus.IN_PROGRESS, workerId, settings.workerLanguage(),
                settings.clientLanguage(), settings.interpreter(), settings.interpreterLanguage(), Optional.empty(),
                false, Optional.empty(), Optional.empty(), Optional.empty(), now, now, Optional.empty());
        // What the start screen told (alias, languages, interpreter) is recorded with the intake, in one commit.
        Optional<String> alias = cases.find(caseId).flatMap(CaseFile::alias);
        Answers given = StartScreenAnswers.of(kept.questionnaire(), alias, settings);
        store.inTransaction(dsl -> {
            intakes.create(intake);
            if (given.size() > 0) {
                intakes.addAnswers(intake.id(), given, workerId, now);
            }
            desk.intakeChanged(caseId, Optional.empty());
            return null;
        });
        audit.record(workerId, "INTAKE_START", intake.id());
        return new IntakeSession(intake, kept.questionnaire(), given,
                RememberedAnswers.forIntake(knownAnswers(caseId, intake.id()), kept.questionnaire()));
    }

    /**
     * Brings in a case that was taken elsewhere (on paper, or as an answers file): a new case with one finished
     * intake holding these answers (assessment unsure, no note), and the questionnaire version kept in the vault,
     * all in one transaction, so a failure leaves nothing behind. The answers must have been checked against
     * {@code source}'s questionnaire.
     */
    public CaseFile importCase(Optional<String> alias, QuestionnaireSource source, Answers answers,
                               IntakeSettings settings, String workerId) {
        for (int attempt = 0; ; attempt++) {
            OffsetDateTime now = now();
            CaseFile c = new CaseFile(UUID.randomUUID().toString(), references.next(Year.from(now)),
                    alias.map(String::strip).filter(a -> !a.isEmpty()), CaseStatus.OPEN, now, workerId);
            try {
                store.inTransaction(dsl -> {
                    // The repositories write through store.dsl(), which is this transaction's context here.
                    cases.create(c);
                    audit.append(dsl, workerId, "CASE_CREATE", c.id());
                    writeIntake(dsl, c.id(), source, answers, settings, IntakeStatus.FINISHED, Assessment.UNSURE,
                            workerId);
                    return null;
                });
                LOG.info("case {} imported", c.id());
                return c;
            } catch (StoreException e) {
                // Most likely a reference collision (one in millions): draw a new one, a few times.
                if (attempt == 4) {
                    throw e;
                }
            }
        }
    }

    /**
     * Records a whole intake on an existing case in one transaction: the answers, and the status it ends in
     * (finished ones with {@code assessment}). For importing and for demo data; an interview saves answer by answer.
     */
    public Intake recordIntake(String caseId, QuestionnaireSource source, Answers answers, IntakeSettings settings,
                               IntakeStatus status, Assessment assessment, String workerId) {
        return store.inTransaction(dsl -> writeIntake(dsl, caseId, source, answers, settings, status, assessment,
                workerId));
    }

    /** The intake writes of an import; runs inside the caller's transaction ({@code dsl}). */
    private Intake writeIntake(DSLContext dsl, String caseId, QuestionnaireSource source, Answers answers,
                               IntakeSettings settings, IntakeStatus status, Assessment assessment, String workerId) {
        QuestionnaireSource kept = library.keep(store, source, clock);
        OffsetDateTime now = now();
        Intake intake = new Intake(UUID.randomUUID().toString(), caseId, kept.questionnaire().id(),
                kept.questionnaire().version(), status == IntakeStatus.FINISHED ? IntakeStatus.IN_PROGRESS : status,
                workerId, settings.workerLanguage(), settings.clientLanguage(), settings.interpreter(),
                settings.interpreterLanguage(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                Optional.empty(), now, now, Optional.empty());
        intakes.create(intake);
        intakes.addAnswers(intake.id(), answers, workerId, now);
        audit.append(dsl, workerId, "INTAKE_IMPORT", intake.id());
        roleAnswers(caseId, intake.id(), kept.questionnaire(), answers, workerId);
        // The other intakes' forms stay: this one's are added (a full count happens when an interview settles).
        Set<Exploitation> forms = EnumSet.noneOf(Exploitation.class);
        cases.summary(caseId).ifPresent(c -> forms.addAll(c.exploitationForms()));
        forms.addAll(formsOf(flow(kept), answers));
        desk.intakeChanged(caseId, Optional.of(forms));
        if (status == IntakeStatus.FINISHED) {
            intakes.finish(intake.id(), assessment, null, null, now);
            audit.append(dsl, workerId, "INTAKE_FINISH", intake.id());
        }
        return intakes.find(intake.id()).orElseThrow();
    }

    /** The number of intakes of every case that has any, by case id. */
    public Map<String, Integer> intakeCounts() {
        return intakes.countByCase();
    }

    /** Reopens an intake where it was left, with the questionnaire version it was started with. */
    public IntakeSession resume(String intakeId, String workerId) {
        Intake intake = intakes.find(intakeId).orElseThrow(() -> new StoreException(StoreException.Reason.MISSING, 0));
        QuestionnaireSource source = library.fromVault(store, intake.questionnaireId(), intake.questionnaireVersion())
                .orElseThrow(() -> new StoreException(StoreException.Reason.UNREADABLE, 0));
        if (intake.status() == IntakeStatus.PAUSED) {
            intakes.setStatus(intakeId, IntakeStatus.IN_PROGRESS, now());
        }
        audit.record(workerId, "INTAKE_RESUME", intakeId);
        return new IntakeSession(intake, source.questionnaire(), intakes.answers(intakeId),
                RememberedAnswers.forIntake(knownAnswers(intake.caseId(), intakeId), source.questionnaire()))
                .withDraft(intakes.draft(intakeId));
    }

    /**
     * The intakes of a case for its page, oldest first, each with the title of the questionnaire version it was
     * taken with (read once per version, not per intake); no answers are read.
     */
    public List<IntakeSummary> summariesOf(String caseId) {
        Map<String, LocalizedText> titles = new java.util.HashMap<>();
        return intakes.forCase(caseId).stream().map(i -> new IntakeSummary(i, titles.computeIfAbsent(
                i.questionnaireId() + "/" + i.questionnaireVersion(), k -> library.fromVault(store,
                        i.questionnaireId(), i.questionnaireVersion()).map(q -> q.questionnaire().title())
                        .orElseGet(() -> new LocalizedText(Map.of("nl", i.questionnaireId())))))).toList();
    }

    /**
     * An intake opened to read, as it was recorded: its own answers with the questionnaire version it was taken with,
     * nothing of other intakes laid over them, and nothing changed (a paused intake stays paused). The reading is in
     * the audit log, as every view of personal data is.
     */
    public IntakeSession read(String intakeId, String workerId) {
        Intake intake = intakes.find(intakeId).orElseThrow(() -> new StoreException(StoreException.Reason.MISSING, 0));
        QuestionnaireSource source = library.fromVault(store, intake.questionnaireId(), intake.questionnaireVersion())
                .orElseThrow(() -> new StoreException(StoreException.Reason.UNREADABLE, 0));
        IntakeSession reading = new IntakeSession(intake, source.questionnaire(), intakes.answers(intakeId),
                Answers.empty());
        audit.record(workerId, "INTAKE_READ", intakeId);
        return reading;
    }

    /**
     * Commits one answer; when this returns, the answer survives the app crashing or being killed (the crash test
     * proves it) and a power cut: the store fsyncs every commit ({@code SyncOnCommit}) before returning.
     */
    public void saveAnswer(String intakeId, String questionId, Answer answer, String workerId) {
        saveAnswer(intakeId, questionId, answer, questionId, workerId);
    }

    /**
     * Commits one answer together with the question the interview moves on to ({@code nextQuestion}), so one answer
     * costs one commit and one fsync, and a crash or a lock resumes where the screen went.
     */
    public void saveAnswer(String intakeId, String questionId, Answer answer, String nextQuestion, String workerId) {
        OffsetDateTime now = now();
        store.inTransaction(dsl -> {
            intakes.saveAnswer(intakeId, questionId, answer, nextQuestion, workerId, now);
            answerChanged(intakeId, questionId, Optional.of(answer), workerId);
            return null;
        });
    }

    /**
     * What an answer changes on its case, in the answer's own transaction (still one commit, one fsync): the case's
     * last activity, and for the follow-up date and the reflection start ({@code role: followup_date},
     * {@code role: reflection_start}) the follow-up task and the reflection period.
     */
    private void answerChanged(String intakeId, String questionId, Optional<Answer> answer, String workerId) {
        Intake intake = intakeFacts(intakeId);
        desk.intakeChanged(intake.caseId(), Optional.empty());
        Optional<Role> role = roleOf(intake, questionId);
        if (role.isEmpty()) {
            return;
        }
        Optional<LocalDate> date = answer.flatMap(IntakeService::dateOf);
        if (role.get() == Role.FOLLOWUP_DATE) {
            desk.followupAnswered(intake.caseId(), intakeId, date, workerId);
        } else if (role.get() == Role.REFLECTION_START && date.isPresent()) {
            desk.reflectionAnswered(intake.caseId(), intakeId, date.get(), workerId);
        }
    }

    /** The follow-up date and reflection start among a whole intake's answers (an import or demo data). */
    private void roleAnswers(String caseId, String intakeId, Questionnaire questionnaire, Answers answers,
                             String workerId) {
        questionnaire.questionFor(Role.FOLLOWUP_DATE)
                .flatMap(q -> answers.get(q.id())).flatMap(IntakeService::dateOf)
                .ifPresent(d -> desk.followupAnswered(caseId, intakeId, Optional.of(d), workerId));
        questionnaire.questionFor(Role.REFLECTION_START)
                .flatMap(q -> answers.get(q.id())).flatMap(IntakeService::dateOf)
                .ifPresent(d -> desk.reflectionAnswered(caseId, intakeId, d, workerId));
    }

    /** A date answer's day; none for "don't know" and the like, and for an approximate date ("2026-03"). */
    static Optional<LocalDate> dateOf(Answer answer) {
        if (!answer.hasValue() || answer.values().size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(answer.value()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The role of a question in the intake's own questionnaire version, if it has one this service acts on. */
    private Optional<Role> roleOf(Intake intake, String questionId) {
        return questionnaire(intake.questionnaireId(), intake.questionnaireVersion())
                .map(QuestionnaireSource::questionnaire)
                .flatMap(q -> Stream.of(Role.FOLLOWUP_DATE, Role.REFLECTION_START)
                        .filter(r -> q.questionFor(r).map(x -> x.id().equals(questionId)).orElse(false))
                        .findFirst());
    }

    /** An intake's fixed facts (case, questionnaire and version), read once: autosave asks for them at every answer. */
    private Intake intakeFacts(String intakeId) {
        Intake known = intakeFacts.get(intakeId);
        if (known != null) {
            return known;
        }
        Intake found = intakes.find(intakeId).orElseThrow(() -> new StoreException(StoreException.Reason.MISSING, 0));
        intakeFacts.put(intakeId, found);
        return found;
    }

    /** A questionnaire version kept in the vault, parsed once per session (a parse costs far more than an answer). */
    private Optional<QuestionnaireSource> questionnaire(String id, int version) {
        String key = id + "/" + version;
        Optional<QuestionnaireSource> known = questionnaires.get(key);
        if (known != null) {
            return known;
        }
        Optional<QuestionnaireSource> found = library.fromVault(store, id, version);
        found.ifPresent(q -> questionnaires.put(key, Optional.of(q)));
        return found;
    }

    private Flow flow(QuestionnaireSource source) {
        return flows.computeIfAbsent(source.questionnaire().id() + "/" + source.questionnaire().version(),
                k -> Flow.of(source.questionnaire()));
    }

    /** The forms of exploitation the visible answers signal, by one walk of the flow. */
    private static Set<Exploitation> formsOf(Flow flow, Answers answers) {
        Set<Exploitation> forms = EnumSet.noneOf(Exploitation.class);
        flow.evaluate(answers).signals().values().forEach(s -> forms.addAll(s.exploitation()));
        return forms;
    }

    /**
     * An interview settled (paused, stopped, finished): the case's forms of exploitation are counted again from all
     * its intakes (answers may have changed or gone), and its last activity moves to now.
     */
    private void settled(String intakeId) {
        String caseId = intakeFacts(intakeId).caseId();
        Set<Exploitation> forms = EnumSet.noneOf(Exploitation.class);
        for (Intake intake : intakes.forCase(caseId)) {
            questionnaire(intake.questionnaireId(), intake.questionnaireVersion())
                    .ifPresent(source -> forms.addAll(formsOf(flow(source), intakes.answers(intake.id()))));
        }
        desk.intakeChanged(caseId, Optional.of(forms));
    }

    /** Keeps what was typed but not yet saved as an answer (before a lock); it is not an answer (ADR 0007). */
    public void saveDraft(String intakeId, IntakeDraft draft) {
        intakes.saveDraft(intakeId, draft, now());
    }

    public void removeAnswer(String intakeId, String questionId) {
        removeAnswer(intakeId, questionId, null);
    }

    /** Removes an answer; a follow-up task it made goes too, unless done (recorded as {@code workerId}'s change). */
    public void removeAnswer(String intakeId, String questionId, String workerId) {
        OffsetDateTime now = now();
        store.inTransaction(dsl -> {
            intakes.removeAnswer(intakeId, questionId, now);
            answerChanged(intakeId, questionId, Optional.empty(), workerId);
            return null;
        });
    }

    public void setCurrentQuestion(String intakeId, String questionId) {
        intakes.setCurrentQuestion(intakeId, questionId, now());
    }

    public void pause(String intakeId, String workerId) {
        store.inTransaction(dsl -> {
            intakes.setStatus(intakeId, IntakeStatus.PAUSED, now());
            settled(intakeId);
            audit.append(dsl, workerId, "INTAKE_PAUSE", intakeId);
            return null;
        });
    }

    public void stop(String intakeId, String workerId) {
        store.inTransaction(dsl -> {
            intakes.setStatus(intakeId, IntakeStatus.STOPPED, now());
            settled(intakeId);
            audit.append(dsl, workerId, "INTAKE_STOP", intakeId);
            return null;
        });
    }

    public void acknowledgeUrgent(String intakeId, String workerId) {
        intakes.acknowledgeUrgent(intakeId, now());
        audit.record(workerId, "URGENT_ACKNOWLEDGED", intakeId);
    }

    public void finish(String intakeId, Assessment assessment, String note, String nextSteps, String workerId) {
        store.inTransaction(dsl -> {
            intakes.finish(intakeId, assessment, note, nextSteps, now());
            settled(intakeId);
            audit.append(dsl, workerId, "INTAKE_FINISH", intakeId);
            return null;
        });
    }

    /**
     * Finishes an intake whose questionnaire asks the worker's assessment itself ({@code role: assessment}): the
     * choice made on the finish screen is that question's answer (none when the worker chose none), and the
     * intake keeps no separate yes/no/unsure.
     */
    public void finish(String intakeId, String assessmentQuestionId, Optional<Answer> assessment, String note,
                       String nextSteps, String workerId) {
        OffsetDateTime now = now();
        store.inTransaction(dsl -> {
            assessment.ifPresent(a -> intakes.saveAnswer(intakeId, assessmentQuestionId, a, assessmentQuestionId,
                    workerId, now));
            intakes.finish(intakeId, null, note, nextSteps, now);
            settled(intakeId);
            audit.append(dsl, workerId, "INTAKE_FINISH", intakeId);
            return null;
        });
    }

    /**
     * Closes a case without deleting anything (the person did not agree to keeping a record); a case that is closed
     * already stays as it is (its close reason and time are kept, nothing is recorded twice).
     */
    public void closeCase(String caseId, String workerId) {
        if (cases.find(caseId).map(c -> c.status() == CaseStatus.CLOSED).orElse(false)) {
            return;
        }
        // No reason is asked here (the worker stops at the person's wish); the case page can add one by reopening.
        store.inTransaction(dsl -> {
            cases.close(caseId, null, now());
            audit.append(dsl, workerId, "CASE_CLOSE", caseId);
            return null;
        });
    }

    public List<Intake> resumable() {
        return intakes.resumable();
    }

    public List<Intake> intakesOf(String caseId) {
        return intakes.forCase(caseId);
    }

    public List<CaseFile> cases() {
        return cases.list();
    }

    /** Every case as a list row (no alias opened), newest activity first: the start screen's choice of a case. */
    public List<CaseSummary> caseChoices() {
        return cases.summaries();
    }

    public Optional<CaseFile> caseFile(String caseId) {
        return cases.find(caseId);
    }

    /**
     * What the case already knows from its other intakes: for each question id the newest answer with a value that
     * was applicable in its own intake. "I don't know", "rather not say" and "later" are asked again, gently, and
     * so is every question its questionnaire marks {@code remember: intake} (a fact about that meeting alone).
     */
    public Answers knownAnswers(String caseId, String exceptIntakeId) {
        Map<String, Answer> known = new LinkedHashMap<>();
        for (Intake other : intakes.forCase(caseId)) {
            if (other.id().equals(exceptIntakeId)) {
                continue;
            }
            Answers answers = intakes.answers(other.id());
            Optional<QuestionnaireSource> source = library.fromVault(store, other.questionnaireId(),
                    other.questionnaireVersion());
            FlowResult flow = source.map(s -> Flow.of(s.questionnaire()).evaluate(answers)).orElse(null);
            answers.asMap().forEach((id, a) -> {
                boolean applicable = flow == null || !flow.notApplicable().contains(id);
                boolean caseFact = source.map(s -> RememberedAnswers.isCaseFact(s.questionnaire().question(id)))
                        .orElse(true);
                if (a.state() == AnswerState.VALUE && applicable && caseFact) {
                    known.put(id, a);
                }
            });
        }
        return Answers.of(known);
    }

    /**
     * The newest answer with a value that the case's intakes gave to the question holding this fact ({@code role}),
     * each intake read with its own questionnaire: how the app finds content, never by a question id.
     */
    public Optional<Answer> knownFact(String caseId, Role role) {
        Optional<Answer> newest = Optional.empty();
        for (Intake intake : intakes.forCase(caseId)) {
            Optional<String> questionId = library.fromVault(store, intake.questionnaireId(),
                    intake.questionnaireVersion()).flatMap(s -> s.questionnaire().questionFor(role)).map(q -> q.id());
            if (questionId.isPresent()) {
                Optional<Answer> answer = intakes.answers(intake.id()).get(questionId.get()).filter(Answer::hasValue);
                if (answer.isPresent()) {
                    newest = answer;
                }
            }
        }
        return newest;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
