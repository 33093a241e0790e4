package nl.baken.cases.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseNote;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;

/** The short dated notes of a case, newest first, and a new one: a summary, not a transcript. Holds no Node. */
public final class CaseNotesViewModel {

    /** One note as the page shows it. */
    public record Row(String noteId, String written, String text) {
    }

    private final CaseDesk desk;
    private final Messages messages;
    private final String caseId;
    private final String workerId;
    private final Function<String, String> workerName;
    private final Runnable changed;
    private final DeskWork work;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty text = new SimpleStringProperty("");

    public CaseNotesViewModel(CaseDesk desk, BackgroundTasks tasks, Messages messages, String caseId, String workerId,
                              Function<String, String> workerName, Runnable changed) {
        this.desk = desk;
        this.messages = messages;
        this.caseId = caseId;
        this.workerId = workerId;
        this.workerName = workerName;
        this.changed = changed;
        this.work = new DeskWork(tasks, messages);
    }

    public void load() {
        work.run(this::read, rows::setAll);
    }

    private List<Row> read() {
        return desk.notesOf(caseId).stream().map(this::row).toList();
    }

    private Row row(CaseNote n) {
        return new Row(n.id(), messages.text("casepage.notes.written", DateTimes.dateTime(n.writtenAt(),
                messages.language()), workerName.apply(n.workerId())), n.text());
    }

    /** Saves the note typed; an empty or too long one is refused and the field keeps its text. */
    public void add() {
        String note = text.get();
        work.run(() -> {
            desk.addNote(caseId, note, workerId);
            return read();
        }, list -> {
            rows.setAll(list);
            text.set("");
            changed.run();
        });
    }

    public ObservableList<Row> rows() {
        return rowsView;
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
