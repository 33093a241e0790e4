package nl.baken.consent.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.baken.consent.ConsentDecision;
import nl.baken.consent.ConsentPurpose;
import nl.baken.consent.ConsentRecord;
import nl.baken.consent.ConsentService;
import nl.baken.consent.ConsentSigner;
import nl.baken.i18n.DateTimes;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.TaskLane;

/**
 * State of the consent step: for each purpose the decision (given, declined, withdrawn — withdrawn only after
 * given), when and by whom it was recorded, and for CoMensha who signs and whether the signed form came in.
 */
public final class ConsentViewModel {

    /** One purpose on the consent screen. */
    public static final class Row {
        private final ConsentPurpose purpose;
        private final ObjectProperty<ConsentDecision> decision = new SimpleObjectProperty<>();
        private final StringProperty recorded = new SimpleStringProperty("");
        private final BooleanProperty mayWithdraw = new SimpleBooleanProperty();
        private ConsentRecord current;

        Row(ConsentPurpose purpose) {
            this.purpose = purpose;
        }

        public ConsentPurpose purpose() { return purpose; }
        public ObjectProperty<ConsentDecision> decisionProperty() { return decision; }
        /** "date, worker" of the decision in force, empty when none was recorded. */
        public StringProperty recordedProperty() { return recorded; }
        public BooleanProperty mayWithdrawProperty() { return mayWithdraw; }
    }

    private final ConsentService service;
    private final BackgroundTasks tasks;
    private final String caseId;
    private final String workerId;
    private final String language;
    private final Function<String, String> workerName;
    private final List<Row> rows = new ArrayList<>();
    private final ObjectProperty<ConsentSigner> signer = new SimpleObjectProperty<>(ConsentSigner.PERSON);
    private final BooleanProperty formReceived = new SimpleBooleanProperty();
    private final TaskLane lane;
    private final ReadOnlyBooleanProperty busy;
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty storeUnchosen = new SimpleBooleanProperty();

    /**
     * {@code age} is the case's known age answer, to preselect who signs for CoMensha; {@code language} the one
     * its dates are written in.
     */
    public ConsentViewModel(ConsentService service, BackgroundTasks tasks, String caseId, String workerId,
                            Optional<Integer> age, String language, Function<String, String> workerName) {
        this.language = language;
        this.service = service;
        this.tasks = tasks;
        this.lane = tasks.lane();
        this.busy = lane.busyProperty();
        this.caseId = caseId;
        this.workerId = workerId;
        this.workerName = workerName;
        ConsentPurpose.all().forEach(p -> rows.add(new Row(p)));
        signer.set(age.filter(a -> a < 16).isPresent() ? ConsentSigner.PARENT_OR_GUARDIAN : ConsentSigner.PERSON);
    }

    /** Reads the decisions in force in the background. */
    public void load(Runnable whenLoaded) {
        lane.run(() -> service.current(caseId), current -> {
            apply(current);
            whenLoaded.run();
        }, f -> {
            failed.set(true);
            whenLoaded.run();
        });
    }

    private void apply(Map<ConsentPurpose, ConsentRecord> current) {
        for (Row row : rows) {
            ConsentRecord r = current.get(row.purpose);
            row.current = r;
            row.decision.set(r == null ? null : r.decision());
            row.recorded.set(r == null ? "" : DateTimes.dateTime(r.recordedAt(), language) + ", " + workerName.apply(r.workerId()));
            row.mayWithdraw.set(r != null && (r.decision() == ConsentDecision.GIVEN
                    || r.decision() == ConsentDecision.WITHDRAWN));
            if (row.purpose.equals(ConsentPurpose.COMENSHA) && r != null) {
                r.signedBy().ifPresent(signer::set);
                formReceived.set(r.formReceived());
            }
        }
    }

    /** Sets a decision; a withdrawal is refused unless consent was given before. */
    public boolean decide(ConsentPurpose purpose, ConsentDecision decision) {
        Row row = row(purpose);
        if (decision == ConsentDecision.WITHDRAWN && !row.mayWithdraw.get()) {
            return false;
        }
        row.decision.set(decision);
        if (purpose.equals(ConsentPurpose.STORE)) {
            storeUnchosen.set(false);
        }
        return true;
    }

    /** Records every changed decision in the background; then tells whether keeping the record is given. */
    public void save(Consumer<Boolean> whenSaved) {
        // Nothing chosen for keeping the record is no "no": the worker is asked to choose, and nothing is saved.
        if (row(ConsentPurpose.STORE).decision.get() == null) {
            storeUnchosen.set(true);
            return;
        }
        storeUnchosen.set(false);
        List<Row> changed = rows.stream().filter(this::changed).toList();
        ConsentSigner who = signer.get();
        boolean form = formReceived.get();
        failed.set(false);
        lane.run(() -> {
            for (Row row : changed) {
                boolean comensha = row.purpose.equals(ConsentPurpose.COMENSHA);
                service.record(caseId, row.purpose, row.decision.get(),
                        comensha ? Optional.ofNullable(who) : Optional.empty(), comensha && form, workerId);
            }
            return service.current(caseId);
        }, current -> {
            apply(current);
            whenSaved.accept(isStoreGiven());
        }, f -> {
            failed.set(true);
        });
    }

    private boolean changed(Row row) {
        ConsentDecision now = row.decision.get();
        if (now == null) {
            return false;
        }
        if (row.current == null || row.current.decision() != now) {
            return true;
        }
        return row.purpose.equals(ConsentPurpose.COMENSHA) && now == ConsentDecision.GIVEN
                && (row.current.signedBy().orElse(null) != signer.get() || row.current.formReceived() != formReceived.get());
    }

    public boolean isStoreGiven() {
        return row(ConsentPurpose.STORE).decision.get() == ConsentDecision.GIVEN;
    }

    public Row row(ConsentPurpose purpose) {
        return rows.stream().filter(r -> r.purpose.equals(purpose)).findFirst().orElseThrow();
    }

    public List<Row> rows() { return rows; }
    public ObjectProperty<ConsentSigner> signerProperty() { return signer; }
    public BooleanProperty formReceivedProperty() { return formReceived; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public BooleanProperty failedProperty() { return failed; }
    /** True after "save" with nothing chosen for keeping the record: the worker must choose first. */
    public BooleanProperty storeUnchosenProperty() { return storeUnchosen; }
}
