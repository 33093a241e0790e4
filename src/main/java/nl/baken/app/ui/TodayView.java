package nl.baken.app.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.intake.IntakeStatus;
import nl.baken.intake.ResumableIntakes;
import nl.baken.referral.WaitingReferrals;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * "Today", the top of the home screen: what needs the worker now, each group with its count (from the database) and
 * its first few lines: intakes to resume and referrals waiting for an answer. A calm line when nothing does.
 */
public final class TodayView {

    /** How many lines of a group are shown; the count says how many there are. */
    public static final int LINES = 3;

    /** What needs the worker now: counts, and the first {@link #LINES} lines of each. */
    public record Today(int resumeCount, List<ResumableIntakes.Line> resume, int waitingCount,
                        List<WaitingReferrals.Line> waiting) {

        public Today {
            resume = List.copyOf(resume);
            waiting = List.copyOf(waiting);
        }

        boolean nothing() {
            return resumeCount == 0 && waitingCount == 0;
        }
    }

    /** Where a line leads: resume an intake (by intake id), open a case (by case id). */
    public record Actions(Consumer<String> resumeIntake, Consumer<String> openCase) {
    }

    private final Messages messages;

    public TodayView(Messages messages) {
        this.messages = messages;
    }

    public VBox build(Today today, Actions actions) {
        VBox box = new VBox(8, Controls.label(messages.text("today.title"), Css.TITLE));
        box.setId("today");
        if (today.nothing()) {
            Label calm = Controls.label(messages.text("today.nothing"), Css.HINT);
            calm.setId("today-nothing");
            box.getChildren().add(calm);
            return box;
        }
        FlowPane groups = new FlowPane(24, 12);
        if (today.resumeCount() > 0) {
            List<Node> lines = new ArrayList<>();
            int i = 0;
            for (ResumableIntakes.Line line : today.resume()) {
                Button resume = Controls.button("home-resume-" + i++, messages.text("cases.resume"),
                        "mdmz-play_arrow");
                resume.getStyleClass().add(Styles.ACCENT);
                resume.setAccessibleText(messages.text("cases.resume") + " " + line.reference());
                resume.setOnAction(e -> actions.resumeIntake().accept(line.intakeId()));
                lines.add(line(resume, line.reference(), messages.text(line.status() == IntakeStatus.PAUSED
                        ? "cases.status.paused" : "cases.status.in_progress"),
                        DateTimes.dateTime(line.updatedAt(), messages.language())));
            }
            groups.getChildren().add(group("today-resume", messages.text("today.resume", today.resumeCount()),
                    messages.text("cases.resume_intro"), today.resumeCount(), lines));
        }
        if (today.waitingCount() > 0) {
            List<Node> lines = new ArrayList<>();
            int i = 0;
            for (WaitingReferrals.Line line : today.waiting()) {
                Button open = Controls.button("today-referral-" + i++, messages.text("today.open_case"),
                        "mdmz-open_in_new");
                open.setAccessibleText(messages.text("today.open_case") + " " + line.reference());
                open.setOnAction(e -> actions.openCase().accept(line.caseId()));
                lines.add(line(open, line.reference(), line.partnerName(),
                        messages.text("today.referral_since", DateTimes.date(line.sentAt(), messages.language()))));
            }
            groups.getChildren().add(group("today-referrals", messages.text("today.referrals", today.waitingCount()),
                    messages.text("today.referrals_intro"), today.waitingCount(), lines));
        }
        box.getChildren().add(groups);
        return box;
    }

    private VBox group(String id, String title, String intro, int count, List<Node> lines) {
        Label heading = Controls.label(title, Css.SUBTITLE);
        heading.setId(id + "-count");
        VBox group = new VBox(6, heading, Controls.label(intro, Css.HINT));
        group.getChildren().addAll(lines);
        if (count > lines.size()) {
            group.getChildren().add(Controls.label(messages.text("today.more", count - lines.size()), Css.HINT));
        }
        group.setId(id);
        group.setPrefWidth(480);
        return group;
    }

    private static HBox line(Button action, String... texts) {
        HBox line = new HBox(12);
        for (String t : texts) {
            line.getChildren().add(Controls.label(t, Css.BODY));
        }
        line.getChildren().get(0).getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        line.getChildren().addAll(spacer, action);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
