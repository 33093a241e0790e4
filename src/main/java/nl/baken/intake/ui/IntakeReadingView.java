package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.ui.RowsPerPulse;

/**
 * One intake to read: the answers by section, without anything to change them; answers that no longer apply apart;
 * the worker's assessment and note at the end. "Back" and, for an intake not yet finished, "Continue" stay in view.
 */
public final class IntakeReadingView {

    /** Where the reading's buttons lead; {@code resume} is used only for an intake that can be continued. */
    public record Actions(Runnable back, Runnable resume) {
    }

    /** The rows are small (two labels each); a long intake still appears in pulses, like the review. */
    private static final int ROWS_PER_PULSE = 8;

    private final IntakeReadingViewModel vm;
    private final Messages messages;

    public IntakeReadingView(IntakeReadingViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build(Actions actions) {
        Label title = Controls.label(vm.title(), Css.TITLE);
        title.setId("reading-title");
        Label facts = Controls.label(vm.facts(), Css.BODY);
        facts.setId("reading-facts");
        VBox card = Controls.card(title, facts);
        if (!vm.mode().isEmpty()) {
            card.getChildren().add(Controls.label(vm.mode(), Css.HINT));
        }
        card.getChildren().add(Controls.label(messages.text("casepage.reading.intro"), Css.HINT));
        card.setId("intake-reading");
        int fixed = card.getChildren().size();
        List<Supplier<Node>> rows = new ArrayList<>();
        for (ReviewRow row : vm.answers()) {
            rows.add(() -> row.isHeading() ? Controls.label(row.sectionTitle(), Css.SUBTITLE) : line(row));
        }
        if (!vm.notApplicable().isEmpty()) {
            rows.add(() -> Controls.label(messages.text("intake.review.not_applicable"), Css.SUBTITLE));
            rows.add(() -> Controls.label(messages.text("intake.review.not_applicable_intro"), Css.HINT));
            vm.notApplicable().forEach(row -> rows.add(() -> line(row)));
        }
        if (vm.assessment().isPresent() || vm.note().isPresent() || vm.nextSteps().isPresent()) {
            rows.add(() -> Controls.label(messages.text("casepage.reading.closing"), Css.SUBTITLE));
            closing(rows, "intake.finish.assessment", vm.assessment(), "reading-assessment");
            closing(rows, "intake.finish.note", vm.note(), "reading-note");
            closing(rows, "intake.finish.next_steps", vm.nextSteps(), "reading-next-steps");
        }
        RowsPerPulse.build(card, fixed, rows, ROWS_PER_PULSE);
        card.setMaxWidth(900);
        Button back = Controls.button("reading-back", messages.text("casepage.reading.back"), "mdal-arrow_back");
        back.setOnAction(e -> actions.back().run());
        back.setCancelButton(true);
        var bar = Controls.bar(javafx.geometry.Pos.CENTER_LEFT, back);
        Button focus = back;
        if (vm.resumable()) {
            Button resume = Controls.button("reading-resume", messages.text("casepage.intakes.resume"),
                    "mdmz-play_arrow");
            resume.getStyleClass().add(Styles.ACCENT);
            resume.setOnAction(e -> actions.resume().run());
            bar.getChildren().add(resume);
            focus = resume;
        }
        Controls.focusWhenShown(focus);
        javafx.scene.layout.BorderPane screen = Controls.screen(card, bar);
        // Nothing on the page takes the focus but the buttons: the page itself does, so arrows and Page Down scroll.
        screen.getCenter().setFocusTraversable(true);
        screen.getCenter().setId("reading-scroll");
        screen.getCenter().setAccessibleText(vm.title());
        return screen;
    }

    private void closing(List<Supplier<Node>> rows, String questionKey, Optional<String> text, String id) {
        text.ifPresent(t -> rows.add(() -> {
            Label answer = Controls.label(t, Css.HINT);
            answer.setId(id);
            return new VBox(2, Controls.label(messages.text(questionKey), Css.BODY), answer);
        }));
    }

    private VBox line(ReviewRow row) {
        Label question = Controls.label(row.question(), Css.BODY);
        Label answer = Controls.label((row.flagged() ? "⚑ " : "") + row.answer(), Css.HINT);
        answer.setId("reading-answer-" + row.questionId());
        VBox line = new VBox(2, question, answer);
        // Read aloud as one: the question, then its answer.
        line.setAccessibleText(row.question() + ": " + row.answer());
        return line;
    }
}
