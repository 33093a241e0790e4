package nl.baken.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import nl.baken.questionnaire.Answer;
import nl.baken.support.AppDriver;
import nl.baken.support.AppJourney;
import nl.baken.support.CutOffText;
import nl.baken.support.Fx;
import nl.baken.support.Interviews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10, item 7: the wizard's screens at the app's 1100 x 760 with the urgent banner. The three answer states
 * always in view, choices 10 and on reachable by key, each question opened at its top, section numbers without a
 * gap, no text cut off, no "rather not say" on the worker's own observations, the review's words on the buttons,
 * and the shortcuts shown on them.
 */
class InterviewScreensTest {

    @RegisterExtension
    final AppJourney journey = new AppJourney();
    final Path dir = journey.dir();
    AppDriver app;

    /** The full intake of an adult in labour exploitation who is in danger today, resumed at {@code question}. */
    private void fullIntakeAt(String question) throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("danger_today", Answer.of("yes"));
        answers.put("age", Answer.of("30"));
        answers.put("work_type", Answer.of("labour"));
        Interviews.resumableAt(dir, "intake.yaml", answers, question);
        app = journey.start("nl");
        Interviews.unlockAndResume(app);
        app.waitFor("urgent-banner");
        app.waitFor("wizard-next");
    }

    /** True when the node shows whole in the window and, inside a scroll pane, inside its viewport. */
    private boolean inView(Node node) throws Exception {
        return Fx.call(() -> {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            var scene = node.getScene();
            boolean inWindow = b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= scene.getWidth()
                    && b.getMaxY() <= scene.getHeight();
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Node viewport = scroll.lookup(".viewport");
                    Bounds v = viewport.localToScene(viewport.getBoundsInLocal());
                    return inWindow && b.getMinY() >= v.getMinY() && b.getMaxY() <= v.getMaxY();
                }
            }
            return inWindow;
        });
    }

    @Test
    void aLongChoiceQuestionWithTheUrgentBannerKeepsItsStatesInViewAndKeysForEveryChoice() throws Exception {
        fullIntakeAt("labour_sector");
        assertThat(app.stage().getScene().getWidth()).isEqualTo(1100);
        assertThat(app.stage().getScene().getHeight()).isEqualTo(760);
        for (String id : List.of("wizard-dont-know", "wizard-decline", "wizard-later", "wizard-next")) {
            assertThat(inView(app.waitFor(id))).as(id + " in view without scrolling").isTrue();
        }
        assertThat(Fx.call(() -> CutOffText.under(app.stage().getScene().getRoot()))).as("no text cut off")
                .isEmpty();
        Button tenth = app.waitFor("answer-choice-other");
        assertThat(tenth.getText()).startsWith("A  ");
        assertThat(app.<Label>waitFor("answer-more-choices").getText()).contains("A, B");
        app.screenshot("urgent-banner-choice");
        String before = app.<Label>waitFor("wizard-question-text").getText();
        app.type(KeyCode.A);
        app.waitUntil(() -> !app.<Label>waitFor("wizard-question-text").getText().equals(before));
        app.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        app.waitUntil(() -> app.<Label>waitFor("wizard-question-text").getText().equals(before));
        assertThat(app.<Label>waitFor("wizard-current-answer").getText()).contains(tenth.getText().substring(3));
    }

    @Test
    void aWorkerObservationOpensAtItsTopWithoutRatherNotSayAndTheSectionsNumberedWithoutAGap() throws Exception {
        fullIntakeAt("w_observed_signs");
        assertThat(app.showing("wizard-for-you")).isTrue();
        assertThat(app.showing("wizard-dont-know")).isTrue();
        assertThat(app.showing("wizard-later")).isTrue();
        assertThat(app.showing("wizard-decline")).as("not on the worker's own observation").isFalse();

        // The minors' section is hidden for an adult: the numbers run on without a gap.
        List<Integer> numbers = new ArrayList<>();
        Pattern number = Pattern.compile("^\\D*?(\\d+)\\. ");
        for (Node n : app.lookup("#wizard-progress").queryAs(javafx.scene.layout.Pane.class).getChildren()) {
            Matcher m = number.matcher(((Label) n).getText());
            assertThat(m.find()).as(((Label) n).getText()).isTrue();
            numbers.add(Integer.parseInt(m.group(1)));
        }
        assertThat(numbers).isNotEmpty();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("section " + i + " of " + numbers).isEqualTo(numbers.get(0) + i);
        }
        assertThat(app.<Label>waitFor("section-referral").getText()).contains("10. Signalen en verwijzing");

        // Scrolled to the bottom of this long question, the next one still opens at its top.
        ScrollPane scroll = (ScrollPane) Fx.call(() -> {
            Node n = app.lookup("#wizard-question-text").query();
            while (!(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            return n;
        });
        app.runOnFx(() -> scroll.setVvalue(1));
        String before = app.<Label>waitFor("wizard-question-text").getText();
        app.type(KeyCode.DIGIT1);
        app.click("wizard-next");
        app.waitUntil(() -> !app.<Label>waitFor("wizard-question-text").getText().equals(before));
        app.waitUntil(() -> inView(app.lookup("#wizard-question-text").query()));
        assertThat(inView(app.lookup("#wizard-question-text").query())).as("the next question opens at its top")
                .isTrue();
    }

    @Test
    void theAnswerStateButtonsSayWhatTheReviewSaysAndShowTheirShortcuts() throws Exception {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("w_safe_to_start", Answer.of("yes"));
        answers.put("danger_today", Answer.of("no"));
        answers.put("age", Answer.of("30"));
        // After the three questions this test answers (languages, wants_first, phone_safe), the rest of the closing
        // is answered already, so Next leads through it to the review.
        answers.put("contact_without_phone", Answer.of("in_person"));
        answers.put("card_safe", Answer.of("yes"));
        Interviews.resumableAt(dir, "short-intake.yaml", answers, "languages");
        app = journey.start("nl");
        Interviews.unlockAndResume(app);
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, String> shortcuts = Map.of("wizard-dont-know", "Alt+I", "wizard-decline", "Alt+N",
                "wizard-later", "Alt+L");
        for (var e : shortcuts.entrySet()) {
            Button b = app.waitFor(e.getKey());
            words.put(e.getKey(), b.getText().replace("_", ""));
            assertThat(Fx.call(() -> b.lookupAll(".label").stream().filter(n -> n instanceof Label)
                    .map(n -> ((Label) n).getText()).toList())).as(e.getKey()).contains(e.getValue());
        }
        String first = app.<Label>waitFor("wizard-question-text").getText();
        app.press(KeyCode.ALT).press(KeyCode.L).release(KeyCode.L).release(KeyCode.ALT);
        app.waitUntil(() -> !app.<Label>waitFor("wizard-question-text").getText().equals(first));
        String second = app.<Label>waitFor("wizard-question-text").getText();
        app.press(KeyCode.ALT).press(KeyCode.I).release(KeyCode.I).release(KeyCode.ALT);
        app.waitUntil(() -> !app.<Label>waitFor("wizard-question-text").getText().equals(second));
        app.press(KeyCode.ALT).press(KeyCode.N).release(KeyCode.N).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 6 && !app.showing("review"); i++) {
            app.click("wizard-next");
            WaitForAsyncUtils.waitForFxEvents();
        }
        app.waitFor("review");
        assertThat(app.<Label>waitFor("review-answer-languages").getText()).contains(words.get("wizard-later"));
        assertThat(app.<Label>waitFor("review-answer-wants_first").getText()).isEqualTo(words.get("wizard-dont-know"));
        assertThat(app.<Label>waitFor("review-answer-phone_safe").getText())
                .isEqualTo(words.get("wizard-decline"));
    }
}
