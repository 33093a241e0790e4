package nl.baken.cases.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseTask;
import nl.baken.cases.TaskOrigin;
import nl.baken.cases.TaskUrgency;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;

/**
 * The tasks of a case on its page: what, when, and how each stands now (overdue said in words as well as in
 * colour); add one with a due date and an optional time, mark one done or not done. Holds no Node.
 */
public final class CaseTasksViewModel {

    /** One task as the page shows it. */
    public record Row(String taskId, String text, String due, TaskUrgency urgency, String urgencyText, boolean done) {
    }

    private final CaseDesk desk;
    private final Messages messages;
    private final String caseId;
    private final String workerId;
    private final Runnable changed;
    private final DeskWork work;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty dueText = new SimpleStringProperty("");
    private final StringProperty timeText = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");

    /** {@code changed} runs after each change that was saved (the page's timeline reads it again). */
    public CaseTasksViewModel(CaseDesk desk, BackgroundTasks tasks, Messages messages, String caseId, String workerId,
                              Runnable changed) {
        this.desk = desk;
        this.messages = messages;
        this.caseId = caseId;
        this.workerId = workerId;
        this.changed = changed;
        this.work = new DeskWork(tasks, messages);
    }

    /** Reads the case's tasks in the background. */
    public void load() {
        work.run(this::read, rows::setAll);
    }

    private List<Row> read() {
        return desk.tasksOf(caseId).stream().map(this::row).toList();
    }

    private Row row(CaseTask t) {
        TaskUrgency u = desk.urgency(t);
        String lang = messages.language();
        String due = DateTimes.date(t.dueDate(), lang) + t.dueTime().map(time -> " " + time).orElse("");
        String what = t.origin() == TaskOrigin.FOLLOWUP && t.text().isEmpty()
                ? messages.text("casepage.tasks.followup") : t.text();
        return new Row(t.id(), what, due, u, messages.text(switch (u) {
            case OVERDUE -> "casepage.tasks.overdue";
            case DUE_TODAY -> "casepage.tasks.due_today";
            case LATER -> "casepage.tasks.later";
            case DONE -> "casepage.tasks.done";
        }), t.done());
    }

    /**
     * Adds the task typed: a text, a due date (day-month-year) and, if given, a time. A date or time that is none
     * is refused with a message and nothing is saved; the fields keep what was typed.
     */
    public void add() {
        Optional<LocalDate> due = DayInput.day(dueText.get());
        if (due.isEmpty()) {
            work.refuse("casepage.tasks.bad_date");
            return;
        }
        if (!DayInput.isTimeOrEmpty(timeText.get())) {
            work.refuse("casepage.tasks.bad_time");
            return;
        }
        Optional<LocalTime> time = DayInput.time(timeText.get());
        String what = text.get();
        work.run(() -> {
            desk.addTask(caseId, due.get(), time, what, workerId);
            return read();
        }, list -> {
            rows.setAll(list);
            dueText.set("");
            timeText.set("");
            text.set("");
            changed.run();
        });
    }

    /** Marks a task done, or (when done) open again. */
    public void toggle(Row row) {
        work.run(() -> {
            if (row.done()) {
                desk.markUndone(row.taskId(), workerId);
            } else {
                desk.markDone(row.taskId(), workerId);
            }
            return read();
        }, list -> {
            rows.setAll(list);
            changed.run();
        });
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public StringProperty dueTextProperty() {
        return dueText;
    }

    public StringProperty timeTextProperty() {
        return timeText;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
