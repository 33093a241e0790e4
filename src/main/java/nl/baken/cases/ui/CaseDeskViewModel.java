package nl.baken.cases.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.cases.CaseListing;
import nl.baken.cases.CaseSummary;
import nl.baken.cases.CaseSearchIndex;
import nl.baken.cases.CaseStatus;
import nl.baken.questionnaire.Exploitation;
import nl.baken.ui.Actions;
import nl.baken.ui.BackgroundTasks;
import nl.baken.ui.TaskLane;

/**
 * The case list of the home screen: every case (read once, plain columns only), narrowed by one search field and the
 * filters, sorted by a column. Searching, filtering and sorting run in the background on what is in memory; a newer
 * request makes an older one stale, so fast typing never shows an older result. The alias column stays hidden until
 * the worker reveals it, and a new model (every unlock) starts hidden.
 */
public final class CaseDeskViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseDeskViewModel.class);
    /** Cases per step of filling the search index (two queries and their aliases and notes opened). */
    static final int INDEX_CHUNK = 1000;

    private final CaseListing listing;
    private final CaseSearchIndex index;
    private final String workerId;
    private final Supplier<LocalDate> today;
    private final TaskLane loadLane;
    private final TaskLane filterLane;
    private final ObservableList<CaseSummary> shown = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final BooleanProperty mine = new SimpleBooleanProperty();
    private final BooleanProperty due = new SimpleBooleanProperty();
    private final ObjectProperty<Exploitation> form = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty aliasShown = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private ListedCases all = ListedCases.NONE;
    private Comparator<CaseSummary> order = (a, b) -> 0;

    /** {@code today} is the worker's today (for "due"); {@code workerId} is whose cases "my cases" shows. */
    public CaseDeskViewModel(CaseListing listing, CaseSearchIndex index, BackgroundTasks tasks, String workerId,
                             Supplier<LocalDate> today) {
        this.listing = listing;
        this.index = index;
        this.workerId = workerId;
        this.today = today;
        this.loadLane = tasks.lane();
        this.filterLane = tasks.lane();
        query.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        mine.addListener((o, a, b) -> refresh());
        due.addListener((o, a, b) -> refresh());
        form.addListener((o, a, b) -> refresh());
        from.addListener((o, a, b) -> refresh());
        to.addListener((o, a, b) -> refresh());
        aliasShown.addListener((o, was, now) -> {
            if (now) {
                tasks.run(() -> listing.aliasesRevealed(workerId), CaseDeskViewModel::revealNotRecorded);
            }
        });
    }

    /** The reveal stays (the worker asked for it); that it could not be audited is logged, by its kind only. */
    private static void revealNotRecorded(Throwable failure) {
        LOG.warn("alias reveal not recorded: {}", failure.getClass().getName());
    }

    /**
     * Reads every case's row in the background and shows them, then runs {@code whenLoaded} (on the FX thread, once
     * the rows are in {@link #shown()}, or after a failure); then, if this session's search index is still empty,
     * fills it (the aliases opened once, after the list already shows).
     */
    public void load(Runnable whenLoaded) {
        load(whenLoaded, Actions.NONE);
    }

    /**
     * As {@link #load(Runnable)}, and {@code whenIndexed} runs on the FX thread once this session's search index is
     * filled too (at once if it was already, and after a failure); not if a lock's {@link #forget()} came first.
     */
    public void load(Runnable whenLoaded, Runnable whenIndexed) {
        loadLane.run(() -> new ListedCases(listing.rows()), rows -> {
            all = rows;
            total.set(all.size());
            loaded.set(true);
            refresh(whenLoaded);
            if (index.isFilled()) {
                whenIndexed.run();
            } else {
                fillIndex(all.rows(), 0, whenIndexed);
            }
        }, f -> {
            failed.set(true);
            loaded.set(true);
            whenLoaded.run();
            whenIndexed.run();
        });
    }

    /**
     * Fills the search index {@link #INDEX_CHUNK} cases at a time, one worker task each, each queued once the one
     * before is done: work queued meanwhile (a save, the close at a lock) waits for one chunk at most, and a lock's
     * {@link #forget()} drops the chunks still to come.
     */
    private void fillIndex(List<CaseSummary> rows, int from, Runnable whenIndexed) {
        int to = Math.min(rows.size(), from + INDEX_CHUNK);
        loadLane.run(() -> {
            index.putAll(listing.searchEntries(rows.subList(from, to)));
            return Boolean.TRUE;
        }, chunk -> {
            if (to < rows.size()) {
                fillIndex(rows, to, whenIndexed);
            } else {
                index.markFilled();
                refreshIfSearching();
                whenIndexed.run();
            }
        }, f -> {
            failed.set(true);
            whenIndexed.run();
        });
    }

    private void refreshIfSearching() {
        if (!query.get().isBlank() || aliasShown.get()) {
            refresh();
        }
    }

    /** Sorts by {@code column}; an empty column keeps the order the list was read in (newest activity first). */
    public void sortBy(Optional<CaseColumn> column, boolean ascending) {
        order = column.map(c -> c.order(ascending, (CaseSummary r) -> index.alias(r.id()).orElse("")))
                .orElse((a, b) -> 0);
        refresh();
    }

    /** Works out the rows to show from the current search, filters and order, off the FX thread. */
    public void refresh() {
        refresh(nl.baken.ui.Actions.NONE);
    }

    /** As {@link #refresh()}; {@code after} runs once the rows are shown, or when a newer request overtook it. */
    private void refresh(Runnable after) {
        if (!loaded.get()) {
            after.run();
            return;
        }
        ListedCases listed = all;
        String words = query.get();
        Comparator<CaseSummary> sort = order;
        CaseFilter filter = filter();
        filterLane.run(() -> {
            // A search visits only its hits' rows: at 100,000 cases a pass over every row is most of the cost.
            List<CaseSummary> rows = words.isBlank() ? listed.rows() : listed.inOrder(index.search(words));
            List<CaseSummary> out = new ArrayList<>();
            for (CaseSummary r : rows) {
                if (filter.accepts(r)) {
                    out.add(r);
                }
            }
            out.sort(sort);
            return out;
        }, shown::setAll, f -> failed.set(true), after);
    }

    private CaseFilter filter() {
        return new CaseFilter(Optional.ofNullable(status.get()),
                mine.get() ? Optional.of(workerId) : Optional.empty(), due.get(), today.get(),
                Optional.ofNullable(form.get()), Optional.ofNullable(from.get()), Optional.ofNullable(to.get()));
    }

    /** The alias of a row's case, for the revealed column; empty while hidden, so nothing else can show it. */
    public String alias(CaseSummary row) {
        return aliasShown.get() ? index.alias(row.id()).orElse("") : "";
    }

    /** True while a request of the list is still running (a search, a filter). */
    public ReadOnlyBooleanProperty busyProperty() {
        return filterLane.busyProperty();
    }

    public ObservableList<CaseSummary> shown() {
        return shown;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<CaseStatus> statusProperty() {
        return status;
    }

    public BooleanProperty mineProperty() {
        return mine;
    }

    public BooleanProperty dueProperty() {
        return due;
    }

    public ObjectProperty<Exploitation> formProperty() {
        return form;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty aliasShownProperty() {
        return aliasShown;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The number of cases in the vault (not only those shown). */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Hides the alias column and forgets the rows: at lock, before the view goes. */
    public void forget() {
        aliasShown.set(false);
        loadLane.cancel();
        filterLane.cancel();
        shown.clear();
        all = ListedCases.NONE;
    }
}
