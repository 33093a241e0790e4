package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import nl.baken.intake.Intake;
import nl.baken.questionnaire.Answer;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.Interviews;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10, item 3: quick-hide counts only Shift tapped on its own. Sentences with capitals typed at a person's
 * pace (about ten keys a second, each capital with a held Shift) never hide; three lone taps of Shift still blank
 * the window at once. A typed answer not yet saved is kept as a draft through the lock, offered again in its
 * field, and is no answer until it is saved.
 * Tagged "alone": the pace is measured, so it runs after the other tests, in a JVM of its own (pom.xml).
 */
@Tag("alone")
class QuickHideTypingTest {

    /** Capitals, names and places: what a worker types into an answer. 230 characters. */
    static final String SENTENCES = "Via Marek naar Den Haag. Daarna met Piotr en Anna naar Rotterdam, "
            + "bij De Vries in de kas in Westland. Op Zondag werkten we ook, zei Marta. Tomasz had mijn paspoort "
            + "en mijn ID. Ik sliep bij Jan in Naaldwijk, met Ola en Ewa uit Polen.";

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    private void openAtTheTextQuestion() throws Exception {
        Interviews.resumableAt(dir, "short-intake.yaml", Map.of("w_safe_to_start", Answer.of("yes"),
                "danger_today", Answer.of("no"), "someone_waiting", Answer.of("no"),
                "bed_tonight", Answer.of("safe_place"), "urgent_medical", Answer.of("yes")), "urgent_medical_what");
        app = journey.start("nl");
        Interviews.unlockAndResume(app);
        assertThat(app.<javafx.scene.control.Label>waitFor("wizard-question-text").getText())
                .startsWith("Wat is er aan de hand?");
    }

    /**
     * Types like a person: each key pressed and released, Shift held for a capital, ten keys a second (Shift
     * counts as a key): each key waits for its moment, 100 ms after the one before, unless the robot is late.
     */
    private void typeLikeAPerson(String text) throws InterruptedException {
        long start = System.nanoTime();
        int keys = 0;
        for (char c : text.toCharArray()) {
            KeyCode code = switch (c) {
                case ' ' -> KeyCode.SPACE;
                case '.' -> KeyCode.PERIOD;
                case ',' -> KeyCode.COMMA;
                default -> KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
            };
            boolean capital = Character.isUpperCase(c);
            if (capital) {
                app.press(KeyCode.SHIFT);
            }
            app.press(code).release(code);
            if (capital) {
                app.release(KeyCode.SHIFT);
            }
            keys += capital ? 2 : 1;
            long due = start + keys * 100_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tapShiftThreeTimes() {
        for (int i = 0; i < 3; i++) {
            app.press(KeyCode.SHIFT).release(KeyCode.SHIFT);
        }
    }

    @Test
    void typingSentencesWithCapitalsNeverHidesButThreeLoneShiftsBlankAtOnce() throws Exception {
        openAtTheTextQuestion();
        TextField field = app.waitFor("answer-text");
        app.clickOn(field);
        long start = System.nanoTime();
        typeLikeAPerson(SENTENCES);
        double seconds = (System.nanoTime() - start) / 1e9;
        long capitals = SENTENCES.chars().filter(Character::isUpperCase).count();
        double keysPerSecond = (SENTENCES.length() + capitals) / seconds;

        assertThat(SENTENCES).hasSizeGreaterThanOrEqualTo(200);
        assertThat(app.app().shell().session()).as("typing never locked").isNotNull();
        assertThat(app.showing("unlock-passphrase")).isFalse();
        assertThat(field.getText()).isEqualTo(SENTENCES);
        assertThat(keysPerSecond).as("typed at a person's pace").isBetween(8.0, 12.0);

        // Three lone taps: the window is blank in the same key event as the third release.
        AtomicLong lastRelease = new AtomicLong();
        AtomicLong blankAt = new AtomicLong();
        EventHandler<KeyEvent> released = e -> {
            if (e.getCode() == KeyCode.SHIFT) {
                lastRelease.set(System.nanoTime());
            }
        };
        Pane root = (Pane) app.stage().getScene().getRoot();
        ListChangeListener<Node> blank = c -> {
            if (blankAt.get() == 0 && root.getChildren().stream().anyMatch(n -> "blank-screen".equals(n.getId()))) {
                blankAt.set(System.nanoTime());
            }
        };
        app.runOnFx(() -> {
            // On the window: it sees the key before the scene, where quick-hide listens.
            app.stage().addEventFilter(KeyEvent.KEY_RELEASED, released);
            root.getChildren().addListener(blank);
        });
        tapShiftThreeTimes();
        app.waitUntil(() -> blankAt.get() != 0);
        app.runOnFx(() -> {
            app.stage().removeEventFilter(KeyEvent.KEY_RELEASED, released);
            root.getChildren().removeListener(blank);
        });
        assertThat((blankAt.get() - lastRelease.get()) / 1e6).as("ms from the third release to a blank window")
                .isBetween(0.0, 200.0);
        app.waitFor("unlock-passphrase");
        assertThat(app.app().shell().session()).isNull();
    }

    @Test
    void aTypedAnswerIsKeptAsADraftThroughQuickHideAndIsNoAnswerUntilSaved() throws Exception {
        openAtTheTextQuestion();
        app.typeInto("answer-text", "Pijn in de rug");
        tapShiftThreeTimes();
        app.waitFor("unlock-passphrase");

        Interviews.unlockAndResume(app);
        TextField field = app.waitFor("answer-text");
        assertThat(field.getText()).as("the draft is back in its field").isEqualTo("Pijn in de rug");
        assertThat(app.showing("wizard-draft-kept")).isTrue();
        assertThat(app.showing("wizard-current-answer")).as("a draft is no answer").isFalse();
        assertThat(answerOnDisk()).as("nothing recorded").isEmpty();

        app.clickOn(field);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> !app.showing("answer-text"));
        assertThat(answerOnDisk()).contains("Pijn in de rug");
    }

    private java.util.Optional<String> answerOnDisk() {
        var session = app.app().shell().session();
        String[] value = new String[1];
        boolean[] done = new boolean[1];
        app.app().shell().tasks().run(() -> {
            Intake intake = session.intakes().resumable().get(0);
            value[0] = new nl.baken.intake.JooqIntakeRepository(session.vault().store()).answers(intake.id())
                    .get("urgent_medical_what").map(Answer::value).orElse(null);
            done[0] = true;
        }, () -> { }, f -> { });
        app.app().shell().tasks().drain();
        assertThat(done[0]).isTrue();
        return java.util.Optional.ofNullable(value[0]);
    }
}
