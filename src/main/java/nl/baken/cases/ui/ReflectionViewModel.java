package nl.baken.cases.ui;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.ReflectionPeriod;
import nl.baken.cases.ReflectionReminder;
import nl.baken.cases.ReflectionStatus;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;

/**
 * The reflection period (bedenktijd) of a case: start, the end the desk computes (start + 3 months + extension),
 * the extension, the status, and the reminders four and two weeks before the end, the one due today said first.
 * Entered or changed here; the dates are computed by the domain with java.time, never here. Holds no Node.
 */
public final class ReflectionViewModel {

    private final CaseDesk desk;
    private final Messages messages;
    private final String caseId;
    private final String workerId;
    private final Runnable changed;
    private final DeskWork work;
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reminders = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reminderNow = new ReadOnlyStringWrapper("");
    private final StringProperty startText = new SimpleStringProperty("");
    private final StringProperty extensionWeeks = new SimpleStringProperty("");
    private final ObjectProperty<ReflectionStatus> status = new SimpleObjectProperty<>(ReflectionStatus.RUNNING);

    /** The period as read, and today in the desk's calendar. */
    private record Read(Optional<ReflectionPeriod> period, LocalDate today) {
    }

    public ReflectionViewModel(CaseDesk desk, BackgroundTasks tasks, Messages messages, String caseId,
                               String workerId, Runnable changed) {
        this.desk = desk;
        this.messages = messages;
        this.caseId = caseId;
        this.workerId = workerId;
        this.changed = changed;
        this.work = new DeskWork(tasks, messages);
    }

    public void load() {
        work.run(this::read, this::show);
    }

    private Read read() {
        return new Read(desk.reflectionOf(caseId), desk.today());
    }

    private void show(Read r) {
        present.set(r.period().isPresent());
        if (r.period().isEmpty()) {
            summary.set(messages.text("casepage.reflection.none"));
            reminders.set("");
            reminderNow.set("");
            return;
        }
        ReflectionPeriod p = r.period().get();
        String lang = messages.language();
        startText.set(DateTimes.typed(p.start()));
        status.set(p.status());
        long weeks = p.extension().isZero() ? 0 : p.extension().getDays() / 7 + p.extension().getMonths() * 4L;
        extensionWeeks.set(p.extension().isZero() ? "" : String.valueOf(weeks));
        String extension = p.extension().isZero() ? messages.text("casepage.reflection.no_extension")
                : messages.text("casepage.reflection.extension_of", extensionWords(p.extension()));
        summary.set(messages.text("casepage.reflection.summary", DateTimes.date(p.start(), lang),
                DateTimes.date(p.end(), lang), extension, statusText(p.status())));
        reminders.set(messages.text("casepage.reflection.reminders",
                DateTimes.date(p.reminderDate(ReflectionReminder.FOUR_WEEKS), lang),
                DateTimes.date(p.reminderDate(ReflectionReminder.TWO_WEEKS), lang)));
        long left = p.daysLeft(r.today());
        reminderNow.set(p.reminderOn(r.today()).map(rem -> messages.text(rem == ReflectionReminder.FOUR_WEEKS
                ? "casepage.reflection.reminder_four" : "casepage.reflection.reminder_two", left))
                .orElse(p.status() == ReflectionStatus.RUNNING && left < 0
                        ? messages.text("casepage.reflection.past_end") : ""));
    }

    private String extensionWords(Period extension) {
        Period n = extension.normalized();
        if (n.getMonths() == 0 && n.getYears() == 0 && n.getDays() % 7 == 0) {
            return messages.text("casepage.reflection.weeks", n.getDays() / 7);
        }
        return messages.text("casepage.reflection.months_days", n.toTotalMonths(), n.getDays());
    }

    /** The status in words. */
    public String statusText(ReflectionStatus s) {
        return messages.text(switch (s) {
            case OFFERED -> "casepage.reflection.status.offered";
            case RUNNING -> "casepage.reflection.status.running";
            case ENDED -> "casepage.reflection.status.ended";
            case PERMIT_APPLIED -> "casepage.reflection.status.permit_applied";
        });
    }

    /** Records the start date and status typed; a date that is none is refused and nothing changes. */
    public void save() {
        Optional<LocalDate> start = DayInput.day(startText.get());
        if (start.isEmpty()) {
            work.refuse("casepage.reflection.bad_date");
            return;
        }
        ReflectionStatus chosen = status.get();
        work.run(() -> {
            desk.setReflection(caseId, start.get(), chosen, workerId);
            return read();
        }, r -> {
            show(r);
            changed.run();
        });
    }

    /** Sets the extension beyond three months to the weeks typed (empty or 0 removes it). */
    public void extend() {
        String typed = extensionWeeks.get() == null ? "" : extensionWeeks.get().strip();
        int weeks;
        try {
            weeks = typed.isEmpty() ? 0 : Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            work.refuse("casepage.reflection.bad_weeks");
            return;
        }
        if (weeks < 0 || weeks > 52) {
            work.refuse("casepage.reflection.bad_weeks");
            return;
        }
        work.run(() -> {
            desk.extendReflection(caseId, Period.ofWeeks(weeks), workerId);
            return read();
        }, r -> {
            show(r);
            changed.run();
        });
    }

    /** True once the case has a reflection period (the extension applies only then). */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    /** Start, end, extension and status in one sentence, or that none is recorded. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The days the two reminders fall on. */
    public ReadOnlyStringProperty remindersProperty() {
        return reminders.getReadOnlyProperty();
    }

    /** The reminder due today, in words (empty when none is due). */
    public ReadOnlyStringProperty reminderNowProperty() {
        return reminderNow.getReadOnlyProperty();
    }

    public StringProperty startTextProperty() {
        return startText;
    }

    public StringProperty extensionWeeksProperty() {
        return extensionWeeks;
    }

    public ObjectProperty<ReflectionStatus> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
