package nl.baken.intake.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.i18n.Messages;
import nl.baken.intake.Assessment;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerFormat;
import nl.baken.questionnaire.AnswerState;
import nl.baken.questionnaire.AskedTo;
import nl.baken.questionnaire.Exploitation;
import nl.baken.questionnaire.FlowResult;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;
import nl.baken.questionnaire.RaisedIndicator;
import nl.baken.questionnaire.Role;
import nl.baken.questionnaire.Section;
import nl.baken.questionnaire.SectionProgress;
import nl.baken.questionnaire.VisibleSection;
import nl.baken.ui.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and rules of the intake wizard: one question at a time, every answer saved in the background before
 * "Saved" shows, known answers confirmed instead of asked, the urgent banner, pause, stop, review and finish.
 * Holds no Node; tested with plain JUnit and {@link BackgroundTasks#sameThread()}. {@code app.IntakeScreens} makes it
 * on the worker thread and hands it to the FX thread, which alone uses it from then on; so the constructor touches
 * no Node and never calls {@link BackgroundTasks} (whose {@code drain} would wait on the worker itself).
 */
public final class IntakeWizardViewModel {

    /** The screen the wizard shows. */
    public enum Screen { QUESTION, REVIEW, FINISH, PAUSED, STOP_CONFIRM, STOPPED, FINISHED }

    /** Whether the newest answer is safely written. */
    public enum SaveState { NONE, SAVING, SAVED, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(IntakeWizardViewModel.class);

    private final IntakeService service;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final String workerId;
    private IntakeSession session;
    private AnswerFormat format;
    private final Set<String> urgentAcknowledged = new HashSet<>();
    private boolean fromReview;
    private boolean changingKnown;
    private Answer failedAnswer;
    private String failedQuestion;

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.QUESTION);
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper questionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clientText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper clientTextShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper clientTextMissing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper modeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sectionTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sectionIntro = new ReadOnlyStringWrapper("");
    /** The section's intro in the client's language, beside the worker's; empty without a client language. */
    private final ReadOnlyStringWrapper clientSectionIntro = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whyText = new ReadOnlyStringWrapper("");
    /** "Why we ask" in the client's language in interpreter mode; empty otherwise. */
    private final ReadOnlyStringWrapper clientWhyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper whyShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper workerNote = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper declineOffered = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper known = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper knownText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currentAnswerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Answer> currentAnswer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Answer> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper("");
    /** The text in the answer field as typed (for a draft at lock); empty for choices. */
    private final ReadOnlyStringWrapper typedText = new ReadOnlyStringWrapper("");
    /** A draft kept at an earlier lock, offered in the field of its question; never an answer. */
    private final ReadOnlyStringWrapper draftText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper retryable = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> multiSelection = FXCollections.observableArrayList();
    /** Read-only view of multiSelection: the same instance every time, so listeners on it stay (its link is weak). */
    private final ObservableList<String> multiSelectionView = FXCollections.unmodifiableObservableList(multiSelection);
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.NONE);
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper urgent = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper();
    private final ObservableList<SectionStep> sections = FXCollections.observableArrayList();
    /** Read-only view of sections: the same instance every time, so listeners on it stay (its link is weak). */
    private final ObservableList<SectionStep> sectionsView = FXCollections.unmodifiableObservableList(sections);
    private final ObservableList<ReviewRow> review = FXCollections.observableArrayList();
    /** Read-only view of review: the same instance every time, so listeners on it stay (its link is weak). */
    private final ObservableList<ReviewRow> reviewView = FXCollections.unmodifiableObservableList(review);
    private final ObservableList<ReviewRow> notApplicable = FXCollections.observableArrayList();
    /** Read-only view of notApplicable: the same instance every time, so listeners on it stay (its link is weak). */
    private final ObservableList<ReviewRow> notApplicableView = FXCollections.unmodifiableObservableList(notApplicable);
    private final ReadOnlyObjectWrapper<Map<Exploitation, List<String>>> signals = new ReadOnlyObjectWrapper<>(new EnumMap<>(Exploitation.class));
    private final ReadOnlyObjectWrapper<List<String>> urgentItems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> signalsOfUnknownForm = new ReadOnlyObjectWrapper<>(List.of());

    public IntakeWizardViewModel(IntakeService service, BackgroundTasks tasks, Messages messages, String workerId,
                                 IntakeSession session) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.workerId = workerId;
        useSession(session);
        if (session.intake().urgentAcknowledged()) {
            urgentAcknowledged.addAll(session.result().urgentBy());
        }
        multiSelection.addListener((javafx.collections.ListChangeListener<String>) c -> multiChanged());
        refresh();
        if (session.path().isEmpty()) {
            showReview();
        }
    }

    private void useSession(IntakeSession s) {
        this.session = s;
        this.format = new AnswerFormat(messages, s.intake().workerLanguage());
        modeText.set(mode(s.intake()));
    }

    /** The languages and interpreter arrangement of this intake, in words; empty for a plain Dutch talk. */
    private String mode(nl.baken.intake.Intake intake) {
        return ConversationMode.text(messages, intake);
    }

    // --- answering -------------------------------------------------------------------------------------------

    /** Picks a value of a yes/no or single question: saved at once, then the next question. */
    public void choose(String value) {
        answer(Answer.of(value));
    }

    public void dontKnow() {
        answer(Answer.dontKnow());
    }

    public void decline() {
        if (declineOffered.get()) {
            answer(Answer.declined());
        }
    }

    public void later() {
        answer(Answer.skipped());
    }

    /** The text typed into a text, long-text or number field. */
    public void setTextInput(String text) {
        Question q = question.get();
        if (q == null) {
            return;
        }
        typedText.set(text == null ? "" : text);
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            draft.set(null);
            inputError.set("");
        } else if (q.type() == QuestionType.NUMBER) {
            Optional<String> n = NumberText.canonical(s);
            draft.set(n.map(Answer::of).orElse(null));
            inputError.set(n.isPresent() ? "" : messages.text("intake.input.not_a_number"));
        } else {
            draft.set(Answer.of(s));
            inputError.set("");
        }
        updateCanGoNext();
    }

    /** The date picked or typed into the date field; null when the text is not a date. */
    public void setDateInput(LocalDate date, boolean textPresent) {
        typedText.set(date == null ? "" : date.toString());
        draft.set(date == null ? null : Answer.of(date.toString()));
        inputError.set(date == null && textPresent ? messages.text("intake.input.not_a_date") : "");
        updateCanGoNext();
    }

    /**
     * A date typed by hand: a date this question takes becomes the draft; text that is none keeps no draft and says
     * under the field what the field accepts (the text itself stays as typed).
     */
    public void setDateText(String text, boolean approximate) {
        Optional<String> stored = DateText.read(text, approximate);
        draft.set(stored.map(Answer::of).orElse(null));
        boolean typed = text != null && !text.isBlank();
        inputError.set(stored.isEmpty() && typed ? messages.text(approximate ? "intake.input.not_an_approximate_date"
                : "intake.input.not_a_date") : "");
        updateCanGoNext();
    }

    /** Turns a choice of a multi question on or off. */
    public void toggle(String value) {
        if (multiSelection.contains(value)) {
            multiSelection.remove(value);
        } else {
            multiSelection.add(value);
        }
    }

    /** Digits 1 to 9 pick an option: yes/no (1 yes, 2 no), a single choice, or toggle a multi choice. */
    public void pickByNumber(int n) {
        Question q = question.get();
        if (q == null || screen.get() != Screen.QUESTION || isShowingKnown() || n < 1) {
            return;
        }
        if (q.type() == QuestionType.YES_NO && n <= 2) {
            choose(n == 1 ? "yes" : "no");
        } else if (q.type() == QuestionType.SINGLE && n <= q.choices().size()) {
            choose(q.choices().get(n - 1).value());
        } else if (q.type() == QuestionType.MULTI && n <= q.choices().size()) {
            toggle(q.choices().get(n - 1).value());
        }
    }

    /**
     * Enter or "Next": confirms a known answer, saves what was typed, or moves on past a note or an answer. On a
     * question without an answer it does nothing (ADR 0004): it never records one. Blocked while a save failed.
     */
    public void next() {
        Question q = question.get();
        if (screen.get() != Screen.QUESTION || q == null || saveBlocks()) {
            return;
        }
        if (isShowingKnown()) {
            confirmKnown();
            return;
        }
        Answer typed = draft.get();
        if (q.type().hasAnswer() && typed != null && !typed.equals(session.ownAnswers().get(q.id()).orElse(null))) {
            answer(typed);
        } else if (!q.type().hasAnswer() || session.answerFor(q.id()).isPresent()) {
            advance();
        }
    }

    /**
     * Enter: "go on", never a choice. Saves what was typed or ticked (text, number, date, the boxes of a multi
     * question), or moves past a note or an answer given before; it never confirms a known answer and never
     * answers an unanswered question (Next on it does nothing, ADR 0004).
     */
    public void enter() {
        if (!isShowingKnown()) {
            next();
        }
    }

    /** Alt+Left or "Back": the previous question, or from the review the last one. */
    public void back() {
        if (screen.get() == Screen.REVIEW) {
            screen.set(Screen.QUESTION);
            refresh();
            return;
        }
        if (screen.get() == Screen.FINISH) {
            showReview();
            return;
        }
        if (screen.get() == Screen.QUESTION && !saveBlocks() && session.previous()) {
            moved();
        }
    }

    /** Keeps the answer the case already had: saved into this intake, not asked again. */
    public void confirmKnown() {
        Question q = question.get();
        session.knownAnswers().get(q.id()).ifPresent(this::answer);
    }

    /** Shows the normal question so the known answer can be changed. */
    public void changeKnown() {
        changingKnown = true;
        refresh();
    }

    public void toggleWhy() {
        whyShown.set(!whyShown.get() && !whyText.get().isEmpty());
    }

    /**
     * Tries again to save the answer whose save failed. The wizard stayed on its question meanwhile (Next and Back
     * are blocked), so the retry saves it where it was given.
     */
    public void retry() {
        if (failedAnswer != null && failedQuestion != null && failedQuestion.equals(currentId())) {
            answer(failedAnswer);
        }
    }

    /**
     * Saves an answer and only then takes it into memory and moves on. The answer and the question the interview
     * moves to are one commit; a failed save changes nothing but the message, and keeps the wizard here.
     */
    private void answer(Answer answer) {
        Question q = question.get();
        if (q == null || !q.type().hasAnswer() || screen.get() != Screen.QUESTION
                || saveState.get() == SaveState.SAVING) {
            return;
        }
        String intakeId = session.intake().id();
        String questionId = q.id();
        boolean backToReview = fromReview;
        String then = backToReview ? questionId : session.nextAfter(questionId, answer).orElse(questionId);
        saveState.set(SaveState.SAVING);
        saveMessage.set(messages.text("intake.saving"));
        updateCanGoNext();
        tasks.run(() -> service.saveAnswer(intakeId, questionId, answer, then, workerId), () -> {
            session.answer(questionId, answer);
            failedAnswer = null;
            failedQuestion = null;
            saveState.set(SaveState.SAVED);
            saveMessage.set(messages.text("intake.saved"));
            retryable.set(false);
            updateUrgent();
            advanceAfterSave();
        }, failure -> {
            LOG.warn("answer not saved for intake {} question {}: {}", intakeId, questionId,
                    failure.getClass().getName());
            failedAnswer = answer;
            failedQuestion = questionId;
            saveState.set(SaveState.FAILED);
            saveMessage.set(messages.text("intake.save_failed"));
            retryable.set(true);
            draft.set(answer);
            updateCanGoNext();
            canGoBack.set(false);
        });
    }

    /** True while an answer is being written or its write failed: the wizard does not move then. */
    private boolean saveBlocks() {
        return saveState.get() == SaveState.SAVING || failedAnswer != null;
    }

    /** Moves on past a note or an answer given earlier; records where the interview is now (one commit). */
    private void advance() {
        if (fromReview) {
            fromReview = false;
            showReview();
            return;
        }
        if (session.next()) {
            moved();
        } else {
            showReview();
        }
    }

    /** Moves on after a save that already recorded where the interview goes: no second commit. */
    private void advanceAfterSave() {
        if (fromReview) {
            fromReview = false;
            showReview();
            return;
        }
        if (session.next()) {
            changingKnown = false;
            whyShown.set(false);
            refresh();
        } else {
            showReview();
        }
    }

    /**
     * Before a lock (quick-hide, idle, Ctrl+L): a text typed into the field but not yet saved is kept as a draft,
     * queued on the worker before the vault closes. Returns true when there was one to keep.
     */
    public boolean keepDraft() {
        Question q = question.get();
        String text = typedText.get() == null ? "" : typedText.get().strip();
        boolean typed = q != null && (q.type() == QuestionType.TEXT || q.type() == QuestionType.LONG_TEXT
                || q.type() == QuestionType.NUMBER);
        if (screen.get() != Screen.QUESTION || !typed || isShowingKnown() || text.isEmpty() || !typedUnsaved(q)) {
            return false;
        }
        String intakeId = session.intake().id();
        nl.baken.intake.IntakeDraft kept = new nl.baken.intake.IntakeDraft(q.id(), text);
        tasks.run(() -> service.saveDraft(intakeId, kept),
                f -> LOG.warn("draft not kept for intake {}", intakeId));
        return true;
    }

    /** True when the field holds text that is not the answer already saved for this question. */
    private boolean typedUnsaved(Question q) {
        Answer saved = session.ownAnswers().get(q.id()).orElse(null);
        Answer typed = draft.get();
        return saved == null || typed == null || !typed.equals(saved);
    }

    private void moved() {
        changingKnown = false;
        whyShown.set(false);
        refresh();
        String intakeId = session.intake().id();
        String current = currentId();
        if (current != null) {
            tasks.run(() -> service.setCurrentQuestion(intakeId, current),
                    f -> LOG.warn("current question not recorded for intake {}", intakeId));
        }
    }

    // --- urgent, pause, stop ---------------------------------------------------------------------------------

    public void acknowledgeUrgent() {
        urgentAcknowledged.addAll(session.result().urgentBy());
        urgent.set(false);
        String intakeId = session.intake().id();
        tasks.run(() -> service.acknowledgeUrgent(intakeId, workerId),
                f -> LOG.warn("urgent acknowledgement not recorded for intake {}", intakeId));
    }

    private void updateUrgent() {
        FlowResult r = session.result();
        urgent.set(r.urgent() && !urgentAcknowledged.containsAll(r.urgentBy()));
    }

    public void pause() {
        String intakeId = session.intake().id();
        tasks.run(() -> service.pause(intakeId, workerId), () -> screen.set(Screen.PAUSED), this::failed);
    }

    /** Picks up a paused interview at the question where it stopped. */
    public void resume() {
        String intakeId = session.intake().id();
        tasks.run(() -> service.resume(intakeId, workerId), s -> {
            useSession(s);
            screen.set(Screen.QUESTION);
            refresh();
        }, this::failed);
    }

    public void askStop() {
        screen.set(Screen.STOP_CONFIRM);
    }

    public void cancelStop() {
        screen.set(Screen.QUESTION);
        refresh();
    }

    public void stop() {
        String intakeId = session.intake().id();
        tasks.run(() -> service.stop(intakeId, workerId), () -> screen.set(Screen.STOPPED), this::failed);
    }

    private void failed(Throwable failure) {
        LOG.warn("intake {} action failed: {}", session.intake().id(), failure.getClass().getName());
        saveState.set(SaveState.FAILED);
        saveMessage.set(messages.text("intake.action_failed"));
    }

    // --- review and finish -----------------------------------------------------------------------------------

    /** The review: every visible answer by section, skipped ones flagged, not-applicable ones apart. */
    public void showReview() {
        List<ReviewRow> rows = new ArrayList<>();
        String lang = language();
        for (VisibleSection vs : session.result().sections()) {
            String title = sectionTitle(vs.section());
            List<Question> asked = vs.questions().stream().filter(q -> q.type().hasAnswer())
                    .filter(q -> !IntakeSession.answeredAtFinish(q)).toList();
            if (asked.isEmpty()) {
                continue;
            }
            rows.add(new ReviewRow(title, null, title, "", false));
            for (Question q : asked) {
                Answer a = session.answerFor(q.id()).orElse(null);
                boolean flagged = a == null || a.state() == AnswerState.SKIPPED;
                rows.add(new ReviewRow(title, q.id(), q.text().get(lang, "nl"), format.text(q, a), flagged));
            }
        }
        review.setAll(rows);
        List<ReviewRow> hidden = new ArrayList<>();
        for (Question q : session.questionnaire().questions()) {
            if (session.result().notApplicable().contains(q.id()) && session.ownAnswers().get(q.id()).isPresent()) {
                String title = session.questionnaire().sectionOf(q.id()).map(Section::title)
                        .map(t -> t.get(lang, "nl")).orElse("");
                hidden.add(new ReviewRow(title, q.id(), q.text().get(lang, "nl"),
                        format.text(q, session.ownAnswers().get(q.id()).orElse(null)), false));
            }
        }
        notApplicable.setAll(hidden);
        screen.set(Screen.REVIEW);
        updateSections();
    }

    /** From the review: back to one question to change its answer, then back to the review. */
    public void edit(String questionId) {
        if (session.goTo(questionId)) {
            fromReview = true;
            screen.set(Screen.QUESTION);
            moved();
        }
    }

    /** The finish screen: the signals seen, per form of exploitation, as signals and never as a verdict. */
    public void showFinish() {
        Map<Exploitation, List<String>> grouped = new EnumMap<>(Exploitation.class);
        List<String> formUnknown = new ArrayList<>();
        String lang = language();
        for (RaisedIndicator raised : session.result().signals().values()) {
            var label = session.questionnaire().indicators().get(raised.indicator());
            String text = label == null ? raised.indicator() : label.get(lang, "nl");
            for (Exploitation e : raised.exploitation()) {
                grouped.computeIfAbsent(e, k -> new ArrayList<>()).add(text);
            }
            if (raised.formUnknown()) {
                formUnknown.add(text);
            }
        }
        signals.set(grouped);
        // The urgent answers again, so that nothing urgent is left behind at the end (even when acknowledged).
        urgentItems.set(session.result().urgentBy().stream().map(id -> session.questionnaire().question(id)
                .map(q -> q.text().get(lang, "nl")).orElse(id)).toList());
        signalsOfUnknownForm.set(List.copyOf(formUnknown));
        screen.set(Screen.FINISH);
        updateSections();
    }

    /** The questionnaire's own question for the worker's assessment ({@code role: assessment}), asked at finish. */
    public Optional<Question> assessmentQuestion() {
        return session.questionnaire().questionFor(Role.ASSESSMENT);
    }

    /**
     * Records the choice made for the questionnaire's assessment question (none when none was made) and the next
     * steps, and closes the intake.
     */
    public void finish(Optional<String> assessmentChoice, String note, String nextSteps) {
        String intakeId = session.intake().id();
        String questionId = assessmentQuestion().orElseThrow().id();
        String n = note == null ? "" : note.strip();
        String s = nextSteps == null ? "" : nextSteps.strip();
        tasks.run(() -> service.finish(intakeId, questionId, assessmentChoice.map(Answer::of), n, s, workerId),
                () -> screen.set(Screen.FINISHED), this::failed);
    }

    /** Records the worker's own assessment and next steps, and closes the intake. */
    public void finish(Assessment assessment, String note, String nextSteps) {
        String intakeId = session.intake().id();
        String n = note == null ? "" : note.strip();
        String s = nextSteps == null ? "" : nextSteps.strip();
        tasks.run(() -> service.finish(intakeId, assessment, n, s, workerId), () -> screen.set(Screen.FINISHED),
                this::failed);
    }

    // --- state for the view ----------------------------------------------------------------------------------

    private void refresh() {
        Question q = session.current().orElse(null);
        question.set(q);
        String lang = language();
        updateSections();
        draft.set(null);
        inputError.set("");
        typedText.set("");
        draftText.set(q == null ? "" : session.draftFor(q.id()).orElse(""));
        multiSelection.clear();
        if (q == null) {
            canGoBack.set(false);
            canGoNext.set(false);
            revision.set(revision.get() + 1);
            return;
        }
        Section section = session.questionnaire().sectionOf(q.id()).orElseThrow();
        sectionTitle.set(sectionTitle(section));
        sectionIntro.set(section.intro().map(t -> t.get(lang, "nl")).orElse(""));
        String clientLang = session.intake().clientLanguage();
        boolean otherLanguage = clientLang != null && !clientLang.equals(lang);
        // An intro is read out to the person, so it is in their language whatever the question.
        clientSectionIntro.set(otherLanguage ? section.intro().map(this::inClientLanguage).orElse("") : "");
        questionText.set(q.text().get(lang, "nl"));
        workerNote.set(q.askedTo() == AskedTo.WORKER);
        // An observation of the worker's own: the person is not asked it, so "rather not say" is not theirs to say.
        declineOffered.set(q.askedTo() != AskedTo.WORKER);
        clientTextShown.set(otherLanguage && q.askedTo() == AskedTo.CLIENT);
        clientTextMissing.set(clientTextShown.get() && !q.text().has(clientLang));
        clientText.set(clientTextShown.get() ? q.text().get(clientLang, lang) : "");
        whyText.set(q.why().map(t -> t.get(lang, "nl")).orElse(""));
        clientWhyText.set(clientTextShown.get() ? q.why().map(this::inClientLanguage).orElse("") : "");
        Answer own = session.ownAnswers().get(q.id()).orElse(null);
        currentAnswer.set(own);
        currentAnswerText.set(own == null ? "" : messages.text("intake.current_answer", format.text(q, own)));
        boolean isKnown = session.isKnown(q.id()) && !changingKnown;
        known.set(isKnown);
        knownText.set(isKnown ? format.text(q, session.knownAnswers().get(q.id()).orElseThrow()) : "");
        if (own != null && own.hasValue()) {
            if (q.type() == QuestionType.MULTI) {
                multiSelection.setAll(own.values());
            }
            draft.set(own);
        }
        canGoBack.set(!saveBlocks() && session.steps().indexOf(q) > 0);
        updateUrgent();
        updateCanGoNext();
        revision.set(revision.get() + 1);
    }

    private void updateSections() {
        FlowResult r = session.result();
        String lang = language();
        List<SectionStep> steps = new ArrayList<>();
        String currentSection = session.currentSectionId().orElse(null);
        boolean questioning = screen.get() == Screen.QUESTION;
        boolean beforeCurrent = currentSection != null;
        for (VisibleSection vs : r.sections()) {
            String id = vs.section().id();
            SectionProgress p = r.progress().get(id);
            if (id.equals(currentSection)) {
                beforeCurrent = false;
            }
            // A section of notes only has nothing to answer: it is done once the interview has passed it.
            boolean done = p != null && p.complete() && (p.visible() > 0 || beforeCurrent || !questioning);
            SectionStep.State state = id.equals(currentSection) && questioning ? SectionStep.State.CURRENT
                    : done ? SectionStep.State.DONE : SectionStep.State.PENDING;
            steps.add(new SectionStep(id, sectionTitle(vs.section()), state));
        }
        // Most answers leave the progress line as it was: only a change rebuilds its labels.
        if (!sections.equals(steps)) {
            sections.setAll(steps);
        }
    }

    /** A section's title as shown, renumbered among the sections shown now ({@link SectionTitles}). */
    private String sectionTitle(Section section) {
        return SectionTitles.shown(section, session.result().sections(), session.questionnaire(), language());
    }

    private void multiChanged() {
        Question q = question.get();
        if (q == null || q.type() != QuestionType.MULTI) {
            return;
        }
        List<String> ordered = q.choices().stream().map(c -> c.value()).filter(multiSelection::contains).toList();
        draft.set(ordered.isEmpty() ? null : Answer.ofAll(ordered));
        updateCanGoNext();
    }

    private void updateCanGoNext() {
        Question q = question.get();
        canGoNext.set(q != null && !saveBlocks() && (!q.type().hasAnswer() || isShowingKnown()
                || draft.get() != null || session.answerFor(q.id()).isPresent()));
    }

    private boolean isShowingKnown() {
        return known.get();
    }

    private String currentId() {
        return session.current().map(Question::id).orElse(null);
    }

    private String language() {
        return session.intake().workerLanguage();
    }

    /** The texts of the wizard, in the worker language chosen for this intake. */
    public Messages messages() {
        return messages;
    }

    /** The session being taken (for the consent button and tests). */
    public IntakeSession session() {
        return session;
    }

    /**
     * A text the person hears in their language, or the note that its translation is missing (the worker's text
     * stands beside it).
     */
    private String inClientLanguage(nl.baken.questionnaire.LocalizedText text) {
        return text.in(session.intake().clientLanguage()).orElseGet(() -> messages.text("intake.translation_missing"));
    }

    /**
     * In interpreter mode, the labels of the question's answers in the client's language, in order (yes and no for a
     * yes/no question; empty where a label has no translation); empty when the talk is in the worker's language.
     */
    public List<String> clientChoiceLabels() {
        Question q = question.get();
        if (q == null || !clientTextShown.get()) {
            return List.of();
        }
        String clientLang = session.intake().clientLanguage();
        if (q.type() == QuestionType.YES_NO) {
            var client = nl.baken.i18n.ClientTexts.of(clientLang, language());
            return client.map(c -> List.of(c.text("intake.answer.yes").orElse(""), c.text("intake.answer.no")
                    .orElse(""))).orElse(List.of());
        }
        return q.choices().stream().map(c -> c.label().in(clientLang).orElse("")).toList();
    }

    /** Labels of a question's choices in the worker's language, in order. */
    public List<String> choiceLabels() {
        Question q = question.get();
        return q == null ? List.of() : q.choices().stream().map(c -> format.label(q, c.value())).toList();
    }

    /** The distinct forms of exploitation among the signals, for the finish screen. */
    public Set<Exploitation> signalForms() {
        return new LinkedHashSet<>(signals.get().keySet());
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() { return screen.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Question> questionProperty() { return question.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public ReadOnlyStringProperty questionTextProperty() { return questionText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty clientTextProperty() { return clientText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty clientTextShownProperty() { return clientTextShown.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty clientTextMissingProperty() { return clientTextMissing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sectionTitleProperty() { return sectionTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty modeTextProperty() { return modeText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sectionIntroProperty() { return sectionIntro.getReadOnlyProperty(); }
    public ReadOnlyStringProperty clientSectionIntroProperty() { return clientSectionIntro.getReadOnlyProperty(); }
    public ReadOnlyStringProperty whyTextProperty() { return whyText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty clientWhyTextProperty() { return clientWhyText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty whyShownProperty() { return whyShown.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty workerNoteProperty() { return workerNote.getReadOnlyProperty(); }
    /** False on a worker-only observation: "rather not say" is not offered there. */
    public ReadOnlyBooleanProperty declineOfferedProperty() { return declineOffered.getReadOnlyProperty(); }
    /** A draft kept at an earlier lock for this question, to put back in its field; empty when none. */
    public ReadOnlyStringProperty draftTextProperty() { return draftText.getReadOnlyProperty(); }
    /** True while an answer's save failed and "save again" can retry it. */
    public ReadOnlyBooleanProperty retryableProperty() { return retryable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty knownProperty() { return known.getReadOnlyProperty(); }
    public ReadOnlyStringProperty knownTextProperty() { return knownText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty currentAnswerTextProperty() { return currentAnswerText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Answer> currentAnswerProperty() { return currentAnswer.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Answer> draftProperty() { return draft.getReadOnlyProperty(); }
    public ReadOnlyStringProperty inputErrorProperty() { return inputError.getReadOnlyProperty(); }
    public ObservableList<String> multiSelection() { return multiSelectionView; }
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() { return saveState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty saveMessageProperty() { return saveMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty urgentProperty() { return urgent.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canGoBackProperty() { return canGoBack.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canGoNextProperty() { return canGoNext.getReadOnlyProperty(); }
    public ObservableList<SectionStep> sections() { return sectionsView; }
    public ObservableList<ReviewRow> review() { return reviewView; }
    public ObservableList<ReviewRow> notApplicable() { return notApplicableView; }
    public ReadOnlyObjectProperty<Map<Exploitation, List<String>>> signalsProperty() {
        return signals.getReadOnlyProperty();
    }

    /** On the finish screen: the questions whose answers are urgent, in the worker's language, in file order. */
    public ReadOnlyObjectProperty<List<String>> urgentItemsProperty() { return urgentItems.getReadOnlyProperty(); }
    /** Signals raised by {@code exploitation: case} while the case's form of exploitation is not yet known. */
    public ReadOnlyObjectProperty<List<String>> signalsOfUnknownFormProperty() {
        return signalsOfUnknownForm.getReadOnlyProperty();
    }
}
