package nl.baken.intake.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.baken.i18n.Messages;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/** The case list on the home screen: intakes to resume first, then every case; and "Start intake". */
public final class CaseListView {

    /** What a line of the list can lead to. */
    public record Actions(Runnable startIntake, Consumer<String> resumeIntake, Consumer<String> consent) {
    }

    private final CaseListViewModel vm;
    private final Messages messages;

    public CaseListView(CaseListViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build(Actions actions) {
        Button start = Controls.button("home-start-intake", messages.text("home.start_intake"), "mdal-add");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> actions.startIntake().run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, Controls.label(messages.text("cases.title"), Css.TITLE), spacer, start);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = Controls.card(head);
        card.setId("case-list");
        boolean resumeHeading = false;
        boolean casesHeading = false;
        int resumeIndex = 0;
        int caseIndex = 0;
        Button firstResume = null;
        for (CaseListViewModel.Row row : vm.rows()) {
            if (row.resumable() && !resumeHeading) {
                card.getChildren().addAll(Controls.label(messages.text("cases.resume_title"), Css.SUBTITLE),
                        Controls.label(messages.text("cases.resume_intro"), Css.HINT));
                resumeHeading = true;
            } else if (!row.resumable() && !casesHeading) {
                card.getChildren().add(Controls.label(messages.text("cases.all_title"), Css.SUBTITLE));
                casesHeading = true;
            }
            Button action;
            if (row.resumable()) {
                action = Controls.button("home-resume-" + resumeIndex++, messages.text("cases.resume"),
                        "mdmz-play_arrow");
                action.getStyleClass().add(Styles.ACCENT);
                action.setOnAction(e -> actions.resumeIntake().accept(row.resumeIntakeId()));
                if (firstResume == null) {
                    firstResume = action;
                }
            } else {
                action = Controls.button("case-consent-" + caseIndex++, messages.text("cases.consent"),
                        "mdal-assignment_turned_in");
                action.setOnAction(e -> actions.consent().accept(row.caseId()));
            }
            action.setAccessibleText(action.getText() + " " + row.reference());
            card.getChildren().add(line(row, action));
        }
        card.setMaxWidth(900);
        Button focus = firstResume != null ? firstResume : start;
        Controls.focusWhenShown(focus);
        return Controls.screen(card);
    }

    private HBox line(CaseListViewModel.Row row, Button action) {
        Label reference = Controls.label(row.reference(), Css.BODY);
        reference.getStyleClass().add(Styles.TEXT_BOLD);
        Label alias = Controls.label(row.alias(), Css.BODY);
        Label status = Controls.label(messages.text(switch (row.status()) {
            case "IN_PROGRESS" -> "cases.status.in_progress";
            case "PAUSED" -> "cases.status.paused";
            case "CLOSED" -> "cases.status.closed";
            default -> "cases.status.open";
        }), Css.HINT);
        Label date = Controls.label(row.date(), Css.HINT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(16, reference, alias, status, date, spacer, action);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
