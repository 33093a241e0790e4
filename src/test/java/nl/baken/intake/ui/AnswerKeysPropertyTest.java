package nl.baken.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.Messages;
import nl.baken.intake.IntakeService;
import nl.baken.intake.IntakeSession;
import nl.baken.intake.IntakeSettings;
import nl.baken.intake.Interpreter;
import nl.baken.questionnaire.Answer;
import nl.baken.questionnaire.AnswerState;
import nl.baken.questionnaire.Question;
import nl.baken.questionnaire.QuestionType;
import nl.baken.support.Fx;
import nl.baken.support.TestVault;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.Theme;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10: over random key sequences on random questions of the short intake, every recorded answer is one a
 * digit, Space on that answer's own button, or (for a multi question) the boxes ticked by those, gave, or (for a
 * text or number question) what those keys typed into its field; Enter, Tab,
 * the arrows and Alt+Left alone never record one. The keys go through the real wizard view in a real window: the
 * scene's event dispatch with the wizard's key filter, the buttons' own Space handling and focus traversal. Saves
 * run on the calling thread (no robot, so a try takes a fraction of a second).
 */
class AnswerKeysPropertyTest {

    /** The keys a worker uses in the wizard. */
    enum Key { ENTER, TAB, SHIFT_TAB, UP, DOWN, LEFT, RIGHT, ALT_LEFT, DIGIT1, DIGIT2, DIGIT3, DIGIT4, SPACE }

    private static final List<Key> NEVER_ANSWER = List.of(Key.ENTER, Key.TAB, Key.SHIFT_TAB, Key.UP, Key.DOWN,
            Key.LEFT, Key.RIGHT, Key.ALT_LEFT);
    private static final List<String> QUESTIONS = List.of("w_safe_to_start", "welcome_note", "danger_today",
            "someone_waiting", "bed_tonight", "urgent_medical", "has_dependants", "nationality", "languages",
            "wants_first", "contact_method");
    private static Path dir;
    private static TestVault vault;
    private static IntakeService service;
    private static Stage stage;

    @BeforeContainer
    static void openVaultAndWindow() throws Exception {
        Path base = Path.of(System.getProperty("baken.projectDir", "."), "target", "test-tmp");
        Files.createDirectories(base);
        dir = Files.createTempDirectory(base, "answer-keys");
        vault = TestVault.in(dir);
        service = vault.intakes();
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterContainer
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        vault.close();
    }

    @Provide
    Arbitrary<String> questions() {
        return Arbitraries.of(QUESTIONS);
    }

    @Provide
    Arbitrary<List<Key>> anyKeys() {
        return Arbitraries.of(Key.class).list().ofMinSize(1).ofMaxSize(14);
    }

    @Provide
    Arbitrary<List<Key>> keysThatNeverAnswer() {
        return Arbitraries.of(NEVER_ANSWER).list().ofMinSize(1).ofMaxSize(14);
    }

    @Property(tries = 40)
    void everyRecordedAnswerComesFromADigitOrSpaceOnIt(@ForAll("questions") String start,
                                                       @ForAll("anyKeys") List<Key> keys) throws Exception {
        IntakeWizardViewModel vm = show(start);
        Map<String, Set<String>> ticked = new HashMap<>();
        for (Key key : keys) {
            Before before = Fx.call(() -> new Before(vm.questionProperty().get(), focusId(),
                    Map.copyOf(vm.session().ownAnswers().asMap()),
                    vm.screenProperty().get() == IntakeWizardViewModel.Screen.QUESTION, vm.draftProperty().get()));
            press(key);
            Map<String, Answer> after = Fx.call(() -> Map.copyOf(vm.session().ownAnswers().asMap()));
            Question q = before.question();
            if (before.onQuestion() && q != null && q.type() == QuestionType.MULTI) {
                toggled(q, key, before.focus()).ifPresent(v -> ticked.computeIfAbsent(q.id(), k -> new HashSet<>())
                        .add(v));
            }
            for (var e : after.entrySet()) {
                if (e.getValue().equals(before.answers().get(e.getKey()))) {
                    continue;
                }
                String why = key + " on " + (q == null ? "-" : q.id()) + " (focus " + before.focus() + ") recorded "
                        + e.getKey() + " = " + e.getValue();
                assertThat(before.onQuestion() && q != null && e.getKey().equals(q.id())).as(why).isTrue();
                boolean typed = q.type() == QuestionType.TEXT || q.type() == QuestionType.LONG_TEXT
                        || q.type() == QuestionType.NUMBER;
                if (typed && e.getValue().state() == AnswerState.VALUE) {
                    // Digits and spaces typed into the field (a fresh intake: nothing else put text there).
                    assertThat(e.getValue()).as(why).isEqualTo(before.typed());
                } else if (q.type() == QuestionType.MULTI && e.getValue().state() == AnswerState.VALUE) {
                    assertThat(ticked.getOrDefault(q.id(), Set.of())).as(why).containsAll(e.getValue().values());
                } else {
                    assertThat(Optional.of(e.getValue())).as(why).isEqualTo(chosen(q, key, before.focus()));
                }
            }
        }
    }

    @Property(tries = 25)
    void enterTabArrowsAndAltLeftAloneRecordNothing(@ForAll("questions") String start,
                                                    @ForAll("keysThatNeverAnswer") List<Key> keys) throws Exception {
        IntakeWizardViewModel vm = show(start);
        for (Key key : keys) {
            press(key);
        }
        assertThat(Fx.call(() -> vm.session().ownAnswers().asMap())).as(keys + " from " + start).isEmpty();
    }

    /** What the state before a key was. */
    private record Before(Question question, String focus, Map<String, Answer> answers, boolean onQuestion,
                          Answer typed) {
    }

    /** The answer a digit or Space on a focused button gives; empty for every other key. */
    private static Optional<Answer> chosen(Question q, Key key, String focus) {
        if (key.name().startsWith("DIGIT")) {
            int n = key.ordinal() - Key.DIGIT1.ordinal() + 1;
            if (q.type() == QuestionType.YES_NO && n <= 2) {
                return Optional.of(Answer.of(n == 1 ? "yes" : "no"));
            }
            if (q.type() == QuestionType.SINGLE && n <= q.choices().size()) {
                return Optional.of(Answer.of(q.choices().get(n - 1).value()));
            }
            return Optional.empty();
        }
        if (key != Key.SPACE || focus == null) {
            return Optional.empty();
        }
        return switch (focus) {
            case "answer-yes" -> Optional.of(Answer.of("yes"));
            case "answer-no" -> Optional.of(Answer.of("no"));
            case "wizard-dont-know" -> Optional.of(Answer.dontKnow());
            case "wizard-decline" -> Optional.of(Answer.declined());
            case "wizard-later" -> Optional.of(Answer.skipped());
            default -> focus.startsWith("answer-choice-")
                    ? Optional.of(Answer.of(focus.substring("answer-choice-".length()))) : Optional.empty();
        };
    }

    /** The choice of a multi question a digit or Space on its box turns on or off. */
    private static Optional<String> toggled(Question q, Key key, String focus) {
        if (key.name().startsWith("DIGIT")) {
            int n = key.ordinal() - Key.DIGIT1.ordinal() + 1;
            return n <= q.choices().size() ? Optional.of(q.choices().get(n - 1).value()) : Optional.empty();
        }
        if (key == Key.SPACE && focus != null && focus.startsWith("answer-choice-")) {
            return Optional.of(focus.substring("answer-choice-".length()));
        }
        return Optional.empty();
    }

    /** A new intake of the short questionnaire at {@code questionId}, in the wizard, in the window. */
    private static IntakeWizardViewModel show(String questionId) throws Exception {
        CaseFile c = service.createCase(Optional.empty(), "w1");
        IntakeSession started = service.start(c.id(), TestVault.seed("short-intake.yaml"),
                new IntakeSettings("nl", "nl", Interpreter.NONE, Optional.empty()), "w1");
        service.setCurrentQuestion(started.intake().id(), questionId);
        IntakeSession session = service.resume(started.intake().id(), "w1");
        Messages nl = Messages.of("nl");
        IntakeWizardViewModel vm = new IntakeWizardViewModel(service, BackgroundTasks.sameThread(), nl, "w1",
                session);
        Fx.call(() -> {
            Scene scene = new Scene(new IntakeWizardView(vm, nl).build(new IntakeWizardView.Actions(() -> { },
                    () -> { })), 1100, 760);
            Theme.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> stage.getScene().lookup("#wizard-next") != null && focusId() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return vm;
    }

    private static String focusId() {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    /** Presses and releases one key as the window would deliver it: to the focus owner, through the scene. */
    private static void press(Key key) throws Exception {
        KeyCode code = switch (key) {
            case ENTER -> KeyCode.ENTER;
            case TAB, SHIFT_TAB -> KeyCode.TAB;
            case UP -> KeyCode.UP;
            case DOWN -> KeyCode.DOWN;
            case LEFT, ALT_LEFT -> KeyCode.LEFT;
            case RIGHT -> KeyCode.RIGHT;
            case SPACE -> KeyCode.SPACE;
            default -> KeyCode.valueOf(key.name());
        };
        boolean shift = key == Key.SHIFT_TAB;
        boolean alt = key == Key.ALT_LEFT;
        String text = code.isDigitKey() ? code.getChar() : code == KeyCode.SPACE ? " " : "";
        Fx.call(() -> {
            fire(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, text, code, shift, false, alt, false));
            if (!text.isEmpty()) {
                fire(new KeyEvent(KeyEvent.KEY_TYPED, text, "", KeyCode.UNDEFINED, shift, false, alt, false));
            }
            fire(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, text, code, shift, false, alt, false));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void fire(KeyEvent event) {
        Scene scene = stage.getScene();
        Node owner = scene.getFocusOwner();
        EventTarget target = owner != null && owner.getScene() == scene ? owner : scene;
        Event.fireEvent(target, event);
    }
}
