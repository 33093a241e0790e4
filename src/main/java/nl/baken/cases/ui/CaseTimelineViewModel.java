package nl.baken.cases.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.TimelineEntry;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;

/**
 * What happened to a case when, newest first, from the audit log: the event in words and who did it; no content
 * (the log holds ids and event names only). Holds no Node.
 */
public final class CaseTimelineViewModel {

    /** One event as the page shows it. */
    public record Row(String when, String what, String who) {
    }

    private final CaseDesk desk;
    private final Messages messages;
    private final String caseId;
    private final Function<String, String> workerName;
    private final DeskWork work;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);

    public CaseTimelineViewModel(CaseDesk desk, BackgroundTasks tasks, Messages messages, String caseId,
                                 Function<String, String> workerName) {
        this.desk = desk;
        this.messages = messages;
        this.caseId = caseId;
        this.workerName = workerName;
        this.work = new DeskWork(tasks, messages);
    }

    /** Reads the timeline (again) in the background. */
    public void load() {
        work.run(() -> {
            List<Row> out = new ArrayList<>();
            for (TimelineEntry e : desk.timeline(caseId)) {
                out.add(0, new Row(DateTimes.dateTime(e.at(), messages.language()), what(e.event()),
                        workerName.apply(e.workerId())));
            }
            return out;
        }, rows::setAll);
    }

    /** The event in words; an event this version does not know gets a general text. */
    private String what(String event) {
        return messages.text(switch (event) {
            case "CASE_CREATE" -> "casepage.timeline.case_create";
            case "CASE_ALIAS" -> "casepage.timeline.case_alias";
            case "CASE_CLOSE" -> "casepage.timeline.case_close";
            case "CASE_REOPEN" -> "casepage.timeline.case_reopen";
            case "CASE_HANDOVER" -> "casepage.timeline.case_handover";
            case "INTAKE_START" -> "casepage.timeline.intake_start";
            case "INTAKE_PAUSE" -> "casepage.timeline.intake_pause";
            case "INTAKE_RESUME" -> "casepage.timeline.intake_resume";
            case "INTAKE_STOP" -> "casepage.timeline.intake_stop";
            case "INTAKE_FINISH" -> "casepage.timeline.intake_finish";
            case "INTAKE_IMPORT" -> "casepage.timeline.intake_import";
            case "INTAKE_READ" -> "casepage.timeline.intake_read";
            case "URGENT_ACKNOWLEDGED" -> "casepage.timeline.urgent_acknowledged";
            case "CONSENT_GIVEN" -> "casepage.timeline.consent_given";
            case "CONSENT_DECLINED" -> "casepage.timeline.consent_declined";
            case "CONSENT_WITHDRAWN" -> "casepage.timeline.consent_withdrawn";
            case "REFERRAL_OPEN" -> "casepage.timeline.referral_open";
            case "REFERRAL_EXPORT" -> "casepage.timeline.referral_export";
            case "TASK_ADD", "TASK_FOLLOWUP" -> "casepage.timeline.task_add";
            case "TASK_EDIT" -> "casepage.timeline.task_edit";
            case "TASK_DONE" -> "casepage.timeline.task_done";
            case "TASK_UNDONE" -> "casepage.timeline.task_undone";
            case "TASK_FOLLOWUP_REMOVE" -> "casepage.timeline.task_remove";
            case "NOTE_ADD" -> "casepage.timeline.note_add";
            case "REFLECTION_SET" -> "casepage.timeline.reflection_set";
            case "REFLECTION_EXTEND" -> "casepage.timeline.reflection_extend";
            case "REFLECTION_STATUS" -> "casepage.timeline.reflection_status";
            default -> event.startsWith("REFERRAL_STATUS_") ? "casepage.timeline.referral_status"
                    : "casepage.timeline.other";
        });
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }
}
