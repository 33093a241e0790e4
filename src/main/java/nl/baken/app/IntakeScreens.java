package nl.baken.app;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentService;
import nl.baken.consent.ui.ConsentView;
import nl.baken.consent.ui.ConsentViewModel;
import nl.baken.i18n.ClientTexts;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.ui.IntakeStartView;
import nl.baken.intake.ui.IntakeStartViewModel;
import nl.baken.intake.ui.IntakeWizardView;
import nl.baken.intake.ui.IntakeWizardViewModel;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.Answers;
import nl.baken.questionnaire.Role;
import nl.baken.ui.Actions;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way through an intake: start screen, consent (before the first question of a new case), the wizard, and
 * back home. Navigation between features' screens belongs to app (ARCHITECTURE.md), so intake's views never reach
 * consent's. Every database step runs through {@link BackgroundTasks}; screens appear when it has answered.
 */
final class IntakeScreens {

    /** The window the screens are shown in. */
    interface Host {
        /** Shows a screen under the top bar. */
        void show(Parent content);

        /** Shows a screen whose {@code keepBeforeLock} runs first when the app locks while it shows. */
        void show(Parent content, Runnable keepBeforeLock);

        /** Back to the home screen (which reloads the case list). */
        void home();
    }

    private static final Logger LOG = LoggerFactory.getLogger(IntakeScreens.class);
    private final IntakeService intakes;
    private final ConsentService consent;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final String workerId;
    private final String workerName;
    private final Host host;

    IntakeScreens(IntakeService intakes, ConsentService consent, BackgroundTasks tasks, Messages messages,
                         String workerId, String workerName, Host host) {
        this.intakes = intakes;
        this.consent = consent;
        this.tasks = tasks;
        this.messages = messages;
        this.workerId = workerId;
        this.workerName = workerName;
        this.host = host;
    }

    /**
     * The start screen, with the questionnaires and cases read in the background. Its model (no Node in it) is made
     * there too: the FX thread only builds the view.
     */
    public void start() {
        tasks.run(() -> new IntakeStartViewModel(intakes.library().offer(), intakes.caseChoices(), messages.language()),
                vm -> host.show(new IntakeStartView(vm, messages).build(this::begin, host::home)), this::failed);
    }

    /**
     * The start screen with {@code caseId} already chosen as the existing case: another intake of a case, from its
     * page. {@code back} is where "back" on the start screen leads.
     */
    public void startForCase(String caseId, Runnable back) {
        tasks.run(() -> {
            IntakeStartViewModel vm = new IntakeStartViewModel(intakes.library().offer(), intakes.caseChoices(),
                    messages.language());
            vm.cases().stream().filter(c -> c.id().equals(caseId)).findFirst().ifPresent(c -> {
                vm.newCaseProperty().set(false);
                vm.existingCaseProperty().set(c);
            });
            return vm;
        }, vm -> host.show(new IntakeStartView(vm, messages).build(this::begin, back)), this::failed);
    }

    /** Opens a paused or interrupted intake at the question where it was left. */
    public void resume(String intakeId) {
        tasks.run(() -> wizardModel(intakes.resume(intakeId, workerId)), this::wizard, this::failed);
    }

    private void begin(IntakeStartViewModel.Request request) {
        // From here on the screens speak the worker language chosen on the start screen; consent is read aloud in it.
        Messages worker = Messages.of(request.settings().workerLanguage());
        Optional<ClientTexts> client = ClientTexts.of(request.settings().clientLanguage(),
                request.settings().workerLanguage());
        if (request.existingCaseId().isEmpty()) {
            tasks.run(() -> intakes.createCase(request.alias(), workerId),
                    c -> askConsent(c.id(), Optional.empty(), () -> startIntake(c.id(), request), worker, client),
                    this::failed);
            return;
        }
        String caseId = request.existingCaseId().get();
        record Known(boolean store, Optional<Integer> age) {
        }
        tasks.run(() -> new Known(consent.isGiven(caseId, ConsentPurpose.STORE),
                age(intakes.knownFact(caseId, Role.AGE))), known -> {
                    if (known.store()) {
                        startIntake(caseId, request);
                    } else {
                        askConsent(caseId, known.age(), () -> startIntake(caseId, request), worker, client);
                    }
                }, this::failed);
    }

    private void startIntake(String caseId, IntakeStartViewModel.Request request) {
        tasks.run(() -> wizardModel(intakes.start(caseId, request.source(), request.settings(), workerId)),
                this::wizard, this::failed);
    }

    /**
     * The wizard's model for {@code session}, made on the worker thread (it holds no Node): its first question and
     * progress are worked out there, not on the FX thread. It speaks the worker language chosen on the start screen;
     * the app around it keeps its own.
     */
    private IntakeWizardViewModel wizardModel(IntakeSession session) {
        return new IntakeWizardViewModel(intakes, tasks, Messages.of(session.intake().workerLanguage()), workerId,
                session);
    }

    private void wizard(IntakeWizardViewModel vm) {
        Messages workerMessages = vm.messages();
        Parent[] view = new Parent[1];
        String caseId = vm.session().intake().caseId();
        Runnable backToWizard = () -> host.show(view[0], vm::keepDraft);
        view[0] = new IntakeWizardView(vm, workerMessages).build(new IntakeWizardView.Actions(
                () -> askConsent(caseId, age(vm.session().questionnaire().questionFor(Role.AGE)
                        .flatMap(q -> vm.session().effectiveAnswers().get(q.id()))), backToWizard, backToWizard,
                        vm::stop, workerMessages, ClientTexts.of(vm.session().intake().clientLanguage(),
                                vm.session().intake().workerLanguage())),
                host::home));
        host.show(view[0], vm::keepDraft);
    }

    /** The consent screen of a case, opened from the case list; then home again. */
    public void consentForCase(String caseId) {
        consentForCase(caseId, host::home);
    }

    /** The consent screen of a case, then {@code after} (saved or left): e.g. back to a blocked referral. */
    public void consentForCase(String caseId, Runnable after) {
        tasks.run(() -> age(intakes.knownFact(caseId, Role.AGE)), age -> askConsent(caseId, age, after,
                after, Actions.NONE, messages, Optional.empty()), this::failed);
    }

    private void askConsent(String caseId, Optional<Integer> age, Runnable whenStoreGiven, Messages texts,
                            Optional<ClientTexts> client) {
        askConsent(caseId, age, whenStoreGiven, host::home, Actions.NONE, texts, client);
    }

    /**
     * The consent screen in {@code texts}' language: the worker language inside an intake, else the app's; what the
     * person hears also in {@code client}'s language when the intake has one.
     */
    private void askConsent(String caseId, Optional<Integer> age, Runnable whenStoreGiven, Runnable onBack,
                            Runnable stopIntake, Messages texts, Optional<ClientTexts> client) {
        ConsentViewModel vm = new ConsentViewModel(consent, tasks, caseId, workerId, age, texts.language(),
                id -> id.equals(workerId) ? workerName : texts.text("consent.other_worker"));
        vm.load(() -> host.show(new ConsentView(vm, texts, client).build(storeGiven -> {
            if (storeGiven) {
                whenStoreGiven.run();
            } else {
                noRecord(caseId, () -> askConsent(caseId, age, whenStoreGiven, onBack, stopIntake, texts, client),
                        stopIntake, texts, client);
            }
        }, onBack)));
    }

    /** Without consent to keep a record: say so calmly, and offer to end without saving anything more. */
    private void noRecord(String caseId, Runnable again, Runnable stopIntake, Messages messages,
                          Optional<ClientTexts> client) {
        Button end = Controls.button("consent-end-without-saving", messages.text("consent.no_record.end"),
                "mdal-close");
        end.getStyleClass().add(Styles.ACCENT);
        end.setOnAction(e -> {
            stopIntake.run();
            tasks.run(() -> intakes.closeCase(caseId, workerId), host::home, this::failed);
        });
        Button back = Controls.button("consent-reconsider", messages.text("consent.no_record.back"),
                "mdal-arrow_back");
        back.setOnAction(e -> again.run());
        // The buttons keep their whole text and go below each other where the card is too narrow for both.
        end.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        back.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var card = Controls.card(Controls.label(messages.text("consent.no_record.title"), Css.TITLE),
                Controls.label(messages.text("consent.no_record.body"), Css.BODY));
        Optional.ofNullable(ConsentView.clientLabel(client, "consent.no_record.body", "consent-no-record-client"))
                .ifPresent(card.getChildren()::add);
        card.getChildren().add(new javafx.scene.layout.FlowPane(12, 12, back, end));
        card.setId("consent-no-record");
        host.show(Controls.screen(card));
        Controls.focusWhenShown(end);
    }

    private void failed(Throwable failure) {
        LOG.warn("intake screen step failed: {}", failure.getClass().getName());
        Button home = Controls.button("intake-home", messages.text("intake.to_home"), "mdal-home");
        home.setOnAction(e -> host.home());
        var card = Controls.card(Controls.label(messages.text("intake.problem.title"), Css.TITLE),
                Controls.label(FailureText.describe(messages, failure), Css.BODY), home);
        card.setId("intake-problem");
        host.show(Controls.screen(card));
    }

    /** The age in whole years from the answer to the questionnaire's {@code role: age} question. */
    static Optional<Integer> age(Optional<Answer> answer) {
        return answer.filter(Answer::hasValue).flatMap(a -> {
            try {
                return Optional.of((int) Math.floor(Double.parseDouble(a.value())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
