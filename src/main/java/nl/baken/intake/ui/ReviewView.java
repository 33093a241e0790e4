package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.ui.RowsPerPulse;

/**
 * The review before finishing: every answer by section, each with "Change"; skipped ones flagged, hidden ones apart.
 * The rows arrive five per pulse ({@link RowsPerPulse}); "back" and "to finish" stay in view below them.
 */
final class ReviewView {

    /**
     * About forty-five nodes. Each "Change" button has an id of its own and so misses the style cache: the review's
     * first pulse, with eight rows, took 24 ms of CSS and layout on two cores with software rendering.
     */
    private static final int ROWS_PER_PULSE = 5;

    private final IntakeWizardViewModel vm;
    private final Messages messages;

    ReviewView(IntakeWizardViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    Parent build() {
        VBox card = Controls.card(Controls.label(messages.text("intake.review.title"), Css.TITLE),
                Controls.label(messages.text("intake.review.intro"), Css.BODY));
        card.setId("review");
        // Each row is built in the pulse that adds it, so opening the review builds only its first rows.
        List<Supplier<Node>> rows = new ArrayList<>();
        for (ReviewRow row : List.copyOf(vm.review())) {
            rows.add(() -> row.isHeading() ? Controls.label(row.sectionTitle(), Css.SUBTITLE) : line(row, true));
        }
        if (!vm.notApplicable().isEmpty()) {
            rows.add(() -> Controls.label(messages.text("intake.review.not_applicable"), Css.SUBTITLE));
            rows.add(() -> Controls.label(messages.text("intake.review.not_applicable_intro"), Css.HINT));
            List.copyOf(vm.notApplicable()).forEach(row -> rows.add(() -> line(row, false)));
        }
        Button back = Controls.button("review-back", messages.text("intake.back"), "mdal-arrow_back");
        back.setOnAction(e -> vm.back());
        Button finish = Controls.button("review-finish", messages.text("intake.review.to_finish"), "mdal-arrow_forward");
        finish.getStyleClass().add(Styles.ACCENT);
        finish.setOnAction(e -> vm.showFinish());
        RowsPerPulse.build(card, 2, rows, ROWS_PER_PULSE);
        card.setMaxWidth(900);
        Controls.focusWhenShown(finish);
        return Controls.screen(card, Controls.bar(back, finish));
    }

    private HBox line(ReviewRow row, boolean editable) {
        Label question = Controls.label(row.question(), Css.BODY);
        Label answer = Controls.label((row.flagged() ? "⚑ " : "") + row.answer(), row.flagged() ? Css.ERROR : Css.HINT);
        answer.setId("review-answer-" + row.questionId());
        VBox texts = new VBox(2, question, answer);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox line = new HBox(12, texts);
        line.setAlignment(Pos.CENTER_LEFT);
        if (editable) {
            Button edit = Controls.button("review-edit-" + row.questionId(), messages.text("intake.review.edit"),
                    "mdal-edit");
            edit.setAccessibleText(messages.text("intake.review.edit_question", row.question()));
            edit.setOnAction(e -> vm.edit(row.questionId()));
            line.getChildren().add(edit);
        }
        return line;
    }
}
