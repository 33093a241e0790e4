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
import nl.baken.cases.DeskCounts;
import nl.baken.cases.ReflectionDeadline;
import nl.baken.cases.TaskOrigin;
import nl.baken.cases.TaskUrgency;
import nl.baken.cases.TaskWithCase;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.intake.IntakeStatus;
import nl.baken.intake.ResumableIntakes;
import nl.baken.referral.WaitingReferrals;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;

/**
 * "Today", the top of the home screen: what needs the worker now, each group with its count (from the database) and
 * its first few lines: intakes to resume, tasks due or overdue (overdue said in words and in colour), reflection
 * periods ending within four weeks, and referrals waiting for an answer. A calm line when nothing does.
 */
public final class TodayView {

    /** How many lines of a group are shown; the count says how many there are. */
    public static final int LINES = 3;

    /** What needs the worker now: counts, and the first {@link #LINES} lines of each. */
    public record Today(int resumeCount, List<ResumableIntakes.Line> resume, DeskCounts counts,
                        List<TaskWithCase> due, List<ReflectionDeadline> ending, int waitingCount,
                        List<WaitingReferrals.Line> waiting) {

        public Today {
            resume = List.copyOf(resume);
            due = List.copyOf(due);
            ending = List.copyOf(ending);
            waiting = List.copyOf(waiting);
        }

        int dueCount() {
            return counts.overdueTasks() + counts.tasksDueToday();
        }

        boolean nothing() {
            return resumeCount == 0 && dueCount() == 0 && counts.reflectionsEndingSoon() == 0 && waitingCount == 0;
        }
    }

    /** Where a line leads: resume an intake (by intake id), open a case (by case id). */
    public record Actions(Consumer<String> resumeIntake, Consumer<String> openCase) {
    }

    private final Messages messages;
    /** The groups after the first, added by {@link #later()}'s steps. */
    private final List<Runnable> later = new ArrayList<>();

    public TodayView(Messages messages) {
        this.messages = messages;
    }

    /**
     * What {@link #build} left for later pulses, one step a group after the first: run one a pulse once Today shows
     * (the home screen does, before its case list joins), so no one pulse styles all of Today's buttons and lines.
     */
    public List<Runnable> later() {
        return List.copyOf(later);
    }

    /** Today's title and its first group; the other groups are {@link #later()}'s to add. */
    public VBox build(Today today, Actions actions) {
        later.clear();
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
        if (today.dueCount() > 0) {
            List<Node> lines = new ArrayList<>();
            int i = 0;
            for (TaskWithCase t : today.due()) {
                lines.add(taskLine(t, openButton("today-task-" + i++, t.task().caseId(), t.caseReference(),
                        actions)));
            }
            String title = today.counts().overdueTasks() > 0
                    ? messages.text("today.tasks_overdue", today.dueCount(), today.counts().overdueTasks())
                    : messages.text("today.tasks", today.dueCount());
            VBox group = group("today-tasks", title, messages.text("today.tasks_intro"), today.dueCount(), lines);
            if (today.counts().overdueTasks() > 0) {
                group.getChildren().get(0).getStyleClass().add(Css.ERROR);
            }
            groups.getChildren().add(group);
        }
        if (today.counts().reflectionsEndingSoon() > 0) {
            List<Node> lines = new ArrayList<>();
            int i = 0;
            for (ReflectionDeadline d : today.ending()) {
                Button open = openButton("today-reflection-" + i++, d.period().caseId(), d.caseReference(), actions);
                lines.add(line(open, d.caseReference(),
                        messages.text("today.reflection_end", DateTimes.date(d.end(), messages.language())),
                        d.daysLeft() < 0 ? messages.text("today.reflection_passed")
                                : messages.text("today.reflection_days", d.daysLeft())));
            }
            groups.getChildren().add(group("today-reflections",
                    messages.text("today.reflections", today.counts().reflectionsEndingSoon()),
                    messages.text("today.reflections_intro"), today.counts().reflectionsEndingSoon(), lines));
        }
        if (today.waitingCount() > 0) {
            List<Node> lines = new ArrayList<>();
            int i = 0;
            for (WaitingReferrals.Line line : today.waiting()) {
                Button open = openButton("today-referral-" + i++, line.caseId(), line.reference(), actions);
                lines.add(line(open, line.reference(), line.partnerName(),
                        messages.text("today.referral_since", DateTimes.date(line.sentAt(), messages.language()))));
            }
            groups.getChildren().add(group("today-referrals", messages.text("today.referrals", today.waitingCount()),
                    messages.text("today.referrals_intro"), today.waitingCount(), lines));
        }
        box.getChildren().add(groups);
        List<Node> all = List.copyOf(groups.getChildren());
        groups.getChildren().setAll(all.get(0));
        for (Node group : all.subList(1, all.size())) {
            later.add(() -> groups.getChildren().add(group));
        }
        return box;
    }

    private Button openButton(String id, String caseId, String reference, Actions actions) {
        Button open = Controls.button(id, messages.text("today.open_case"), "mdmz-open_in_new");
        open.setAccessibleText(messages.text("today.open_case") + " " + reference);
        open.setOnAction(e -> actions.openCase().accept(caseId));
        return open;
    }

    /** A task: overdue in words and in the danger colour, due today in words; a follow-up worded by its origin. */
    private HBox taskLine(TaskWithCase t, Button open) {
        String day = DateTimes.date(t.task().dueDate(), messages.language())
                + t.task().dueTime().map(time -> " " + time).orElse("");
        boolean overdue = t.urgency() == TaskUrgency.OVERDUE;
        String when = messages.text(overdue ? "cases.due.overdue" : "cases.due.today", day);
        String what = t.task().origin() == TaskOrigin.FOLLOWUP ? messages.text("today.task_followup")
                : t.task().text();
        HBox line = line(open, t.caseReference(), when, what);
        if (overdue) {
            line.getChildren().get(1).getStyleClass().add(Css.ERROR);
        }
        line.setId("today-task-line-" + t.task().id());
        return line;
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
        group.setMinWidth(Region.USE_PREF_SIZE);
        return group;
    }

    private static HBox line(Button action, String... texts) {
        HBox line = new HBox(12);
        for (String t : texts) {
            Label label = Controls.label(t, Css.BODY);
            // One line each: a reference or a date broken over two lines is hard to read aloud.
            label.setWrapText(false);
            label.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(label);
        }
        action.setMinWidth(Region.USE_PREF_SIZE);
        line.getChildren().get(0).getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        line.getChildren().addAll(spacer, action);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
