package nl.baken.audit.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.i18n.DateTimes;
import nl.baken.audit.AuditAction;
import nl.baken.audit.AuditCheck;
import nl.baken.audit.AuditEvent;
import nl.baken.audit.AuditFilter;
import nl.baken.audit.AuditLog;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.TaskLane;

/**
 * The administrator's audit view: the log filtered by case reference, worker, event and dates, and "Controleren",
 * which verifies the chain and its anchor and says where it breaks. Opening the view and every check are audited.
 * All reading runs in the background; holds no Node.
 */
public final class AuditViewModel {


    private final AuditLog log;
    private final String workerId;
    private final Supplier<Map<String, String>> workerNames;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final TaskLane lane;

    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> workers = FXCollections.observableArrayList();
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final StringProperty caseReference = new SimpleStringProperty("");
    private final ObjectProperty<String> worker = new SimpleObjectProperty<>();
    private final ObjectProperty<String> event = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** What the background step read: names, references and the entries, kept for filtering. */
    private record Loaded(Map<String, String> names, Map<String, String> references, List<AuditEvent> entries) {
    }

    private Loaded loaded;

    /** {@code workerNames}: slot id to name, called in the background (it reads the key file). */
    public AuditViewModel(AuditLog log, String workerId, Supplier<Map<String, String>> workerNames,
                          BackgroundTasks tasks, Messages messages, ZoneId zone) {
        this.log = log;
        this.workerId = workerId;
        this.workerNames = workerNames;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
        this.lane = tasks.lane();
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ObservableList<String> workers() {
        return workers;
    }

    public ObservableList<String> events() {
        return events;
    }

    public StringProperty caseReferenceProperty() {
        return caseReference;
    }

    public ObjectProperty<String> workerProperty() {
        return worker;
    }

    public ObjectProperty<String> eventProperty() {
        return event;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return lane.busyProperty();
    }

    /** Opens the view: the opening is audited, then the log is read. */
    public void open() {
        tasks.run(() -> {
            log.record(workerId, "AUDIT_VIEW", null);
            return new Loaded(workerNames.get(), log.caseReferences(), log.entries());
        }, l -> {
            loaded = l;
            workers.setAll(new TreeSet<>(l.names().values()));
            events.setAll(new TreeSet<>(l.entries().stream().map(AuditEvent::event).toList()));
            apply();
        }, this::fail);
    }

    /** Shows the entries the filters select (in the background: the filter opens no sealed value, but may be long). */
    public void apply() {
        Loaded l = loaded;
        if (l == null) {
            return;
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            message.set(messages.text("audit.view.bad_period"));
            return;
        }
        String reference = caseReference.get() == null ? "" : caseReference.get().strip();
        Optional<String> caseId = Optional.empty();
        if (!reference.isEmpty()) {
            caseId = l.references().entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(reference))
                    .map(Map.Entry::getKey).findFirst();
            if (caseId.isEmpty()) {
                message.set(messages.text("audit.view.unknown_case"));
                rows.clear();
                return;
            }
        }
        Optional<String> byWorker = Optional.ofNullable(worker.get()).flatMap(name -> l.names().entrySet().stream()
                .filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst());
        AuditFilter filter = new AuditFilter(caseId, byWorker, Optional.ofNullable(event.get()),
                Optional.ofNullable(from.get()).map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to.get()).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()));
        lane.run(() -> l.entries().stream().filter(filter::accepts).map(e -> row(e, l)).toList(), shown -> {
            rows.setAll(shown);
            message.set(messages.text("audit.view.count", shown.size(), l.entries().size()));
        }, this::fail);
    }

    /** Empties every filter and shows the whole log. */
    public void clearFilters() {
        caseReference.set("");
        worker.set(null);
        event.set(null);
        from.set(null);
        to.set(null);
        apply();
    }

    /** "Controleren": verifies chain and anchor in the background; the check is audited. */
    public void verify() {
        lane.run(() -> {
            AuditCheck check = log.verify();
            log.record(workerId, "AUDIT_VERIFY", null);
            return check;
        }, check -> message.set(check.verified() ? messages.text("audit.view.verified", check.entries())
                : messages.text("audit.view.broken", check.brokenAt().orElseThrow(),
                        messages.text(check.problem().messageKey()))), this::fail);
    }

    private AuditRow row(AuditEvent e, Loaded l) {
        AuditAction kind = e.action() != null ? e.action() : AuditAction.of(e.event());
        String who = e.workerId() == null ? "-" : l.names().getOrDefault(e.workerId(),
                messages.text("audit.view.worker_unknown"));
        String reference = e.caseId() == null ? "-" : l.references().getOrDefault(e.caseId(), e.caseId());
        return new AuditRow(e.id(), DateTimes.sortable(e.occurredAt().atZoneSameInstant(zone)), who, e.event(),
                messages.text(kind.messageKey()), reference,
                e.outcome() == null ? "-" : messages.text(e.outcome().messageKey()));
    }

    private void fail(Throwable failure) {
        message.set(FailureText.describe(messages, failure));
    }
}
