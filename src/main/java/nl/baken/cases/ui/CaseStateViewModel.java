package nl.baken.cases.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.cases.CaseDesk;
import nl.baken.i18n.Messages;
import nl.baken.ui.BackgroundTasks;

/**
 * The case itself on its page: the alias (hidden until the worker asks for it, then editable), closing with a
 * reason and reopening, and handing the case over to another worker of this vault after a confirmation. Each
 * change is audited by the domain; {@code pageChanged} then redraws the page. Holds no Node.
 */
public final class CaseStateViewModel {

    /** A worker the case can be handed to. */
    public record Worker(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final CaseDesk desk;
    private final AliasAccess aliases;
    private final String caseId;
    private final String workerId;
    private final boolean closed;
    private final Runnable pageChanged;
    private final DeskWork work;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper aliasShown = new ReadOnlyBooleanWrapper();
    private final StringProperty alias = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper closeReason = new ReadOnlyStringWrapper("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<Worker> workers = FXCollections.observableArrayList();
    private final ObjectProperty<Worker> handTo = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");

    /**
     * {@code ownerId}: the worker the case belongs to now (not offered as the one to hand it to); {@code closed}:
     * whether the case is closed now.
     */
    public CaseStateViewModel(CaseDesk desk, AliasAccess aliases, BackgroundTasks tasks, Messages messages,
                              String caseId, String workerId, boolean closed, Runnable pageChanged) {
        this.desk = desk;
        this.aliases = aliases;
        this.caseId = caseId;
        this.workerId = workerId;
        this.closed = closed;
        this.pageChanged = pageChanged;
        this.messages = messages;
        this.work = new DeskWork(tasks, messages);
    }

    /** Reads the close reason and the workers the case can go to, in the background (no alias is read here). */
    public void load(String ownerId) {
        record Read(Optional<String> reason, Map<String, String> workers) {
        }
        work.run(() -> new Read(closed ? desk.closeReason(caseId) : Optional.empty(), desk.workers()), r -> {
            closeReason.set(r.reason().map(t -> messages.text("casepage.state.closed_because", t)).orElse(""));
            List<Worker> others = r.workers().entrySet().stream().filter(e -> !e.getKey().equals(ownerId))
                    .map(e -> new Worker(e.getKey(), e.getValue())).toList();
            workers.setAll(others);
        });
    }

    public boolean isClosed() {
        return closed;
    }

    /** Reads and shows the alias: only when the worker asks, so a passer-by does not see the name. */
    public void revealAlias() {
        work.run(() -> aliases.alias(caseId), a -> {
            alias.set(a.orElse(""));
            aliasShown.set(true);
        });
    }

    /** Hides the alias again. */
    public void hideAlias() {
        aliasShown.set(false);
        alias.set("");
    }

    /** Saves the alias typed (empty removes it); then hidden again, with a notice that it was saved. */
    public void saveAlias() {
        String typed = alias.get() == null ? "" : alias.get().strip();
        if (typed.length() > 100 || typed.chars().anyMatch(Character::isISOControl)) {
            work.refuse("casepage.state.bad_alias");
            return;
        }
        work.run(() -> {
            aliases.setAlias(caseId, Optional.of(typed).filter(t -> !t.isEmpty()), workerId);
            return Boolean.TRUE;
        }, ok -> {
            hideAlias();
            notice.set(messages.text("casepage.state.alias_saved"));
        });
    }

    /** Closes the case with the reason typed; an empty reason is refused, nothing changes. */
    public void close() {
        String why = reason.get();
        work.run(() -> {
            desk.close(caseId, why, workerId);
            return Boolean.TRUE;
        }, ok -> pageChanged.run());
    }

    public void reopen() {
        work.run(() -> {
            desk.reopen(caseId, workerId);
            return Boolean.TRUE;
        }, ok -> pageChanged.run());
    }

    /** First step of a hand-over: asks to confirm, naming the worker; nothing changes yet. */
    public void askHandOver() {
        Worker to = handTo.get();
        if (to == null) {
            work.refuse("casepage.state.choose_worker");
            return;
        }
        confirmation.set(messages.text("casepage.state.handover_confirm", to.name()));
    }

    public void cancelHandOver() {
        confirmation.set("");
    }

    /** Hands the case over to the worker confirmed. */
    public void confirmHandOver() {
        Worker to = handTo.get();
        if (to == null || confirmation.get().isEmpty()) {
            return;
        }
        work.run(() -> {
            desk.handOver(caseId, to.id(), workerId);
            return Boolean.TRUE;
        }, ok -> {
            confirmation.set("");
            pageChanged.run();
        });
    }

    public ReadOnlyBooleanProperty aliasShownProperty() {
        return aliasShown.getReadOnlyProperty();
    }

    public StringProperty aliasProperty() {
        return alias;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Why the case was closed, in words; empty for an open case. */
    public ReadOnlyStringProperty closeReasonProperty() {
        return closeReason.getReadOnlyProperty();
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObservableList<Worker> workers() {
        return workers;
    }

    public ObjectProperty<Worker> handToProperty() {
        return handTo;
    }

    /** The question to confirm a hand-over; empty while none is asked. */
    public ReadOnlyStringProperty confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }
}
