package nl.baken.cases.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.baken.cases.CaseSummary;
import nl.baken.cases.CaseStatus;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;
import nl.baken.questionnaire.Exploitation;
import nl.baken.ui.Controls;
import nl.baken.ui.Css;
import nl.baken.ui.Shortcuts;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The case list: one search field, the filters, the alias toggle and a virtualised table of every case (only the
 * rows on screen have nodes). {@code /} or Ctrl+F (⌘F) goes to the search field, except while typing in a text
 * field; Enter or a double click opens the case.
 */
public final class CaseDeskView {

    private static final Shortcuts SHORTCUTS = Shortcuts.current();
    /** Wide enough for a date and the calendar button, so every filter fits on one line of a 1,100-pixel window. */
    private static final double DATE_WIDTH = 150;
    /** The filters that join first (status, mine, due, form); the date range a pulse later. */
    private static final int FIRST_FILTERS = 4;
    private final CaseDeskViewModel vm;
    private final Messages messages;
    private final Map<String, String> workerNames;
    private final Supplier<LocalDate> today;

    /** {@code workerNames}: worker names by id, for the worker column. */
    public CaseDeskView(CaseDeskViewModel vm, Messages messages, Map<String, String> workerNames,
                        Supplier<LocalDate> today) {
        this.vm = vm;
        this.messages = messages;
        this.workerNames = workerNames;
        this.today = today;
    }

    /** The list, with {@code openCase} called with a case id on Enter or a double click. */
    public VBox build(Consumer<String> openCase) {
        TextField search = new TextField();
        search.setId("case-search");
        search.setPromptText(messages.text("cases.search.prompt", SHORTCUTS.name(SHORTCUTS.find())));
        search.setAccessibleText(messages.text("cases.search.label"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        FontIcon icon = new FontIcon("mdmz-search");
        HBox searchRow = new HBox(8, icon, search, aliasToggle());
        searchRow.setAlignment(Pos.CENTER_LEFT);

        TableView<CaseSummary> table = table(openCase);
        // Enter in the search field goes to the first hit, so search, choose and open need no mouse.
        search.setOnAction(e -> {
            if (!table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
        });
        vm.aliasShownProperty().addListener((o, was, now) -> table.refresh());
        Label count = Controls.label("", Css.HINT);
        count.setId("case-count");
        Runnable counted = () -> count.setText(messages.text("cases.count", vm.shown().size(),
                vm.totalProperty().get()));
        vm.shown().addListener((javafx.collections.ListChangeListener<CaseSummary>) c -> counted.run());
        counted.run();

        // The count beside the title, not on a line of its own: on a laptop's screen every line is a row less.
        HBox title = new HBox(16, Controls.label(messages.text("cases.all_title"), Css.SUBTITLE), count);
        title.setAlignment(Pos.BASELINE_LEFT);
        VBox box = new VBox(8, title, searchRow);
        VBox.setVgrow(table, Priority.ALWAYS);
        FlowPane filters = filters();
        List<Node> dates = List.copyOf(filters.getChildren().subList(FIRST_FILTERS, filters.getChildren().size()));
        filters.getChildren().removeAll(dates);
        // The filters (the first four, then the dates), then the table, join a pulse apart once the list shows:
        // styled all at once, the list's controls made the home screen's longest pulse (CSS 106 ms of 182 at 10,000
        // cases; the filters alone 45-100 ms; docs/performance.md).
        nl.baken.ui.RowsPerPulse.inTurnOnceShown(box, () -> box.getChildren().add(filters),
                () -> filters.getChildren().addAll(dates), () -> box.getChildren().add(table));
        box.setId("case-list");
        installShortcuts(box, search);
        return box;
    }

    private ToggleButton aliasToggle() {
        ToggleButton toggle = new ToggleButton(messages.text("cases.alias.show"));
        toggle.setId("case-alias-toggle");
        toggle.setGraphic(new FontIcon("mdmz-visibility"));
        toggle.selectedProperty().bindBidirectional(vm.aliasShownProperty());
        toggle.selectedProperty().addListener((o, was, now) -> {
            toggle.setText(messages.text(now ? "cases.alias.hide" : "cases.alias.show"));
            toggle.setGraphic(new FontIcon(now ? "mdmz-visibility_off" : "mdmz-visibility"));
        });
        toggle.setAccessibleHelp(messages.text("cases.alias.help"));
        return toggle;
    }

    private FlowPane filters() {
        ComboBox<CaseStatus> status = new ComboBox<>();
        status.setId("case-filter-status");
        status.getItems().add(null);
        status.getItems().addAll(CaseStatus.values());
        status.setButtonCell(statusCell());
        status.setCellFactory(l -> statusCell());
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setAccessibleText(messages.text("cases.filter.status"));

        CheckBox mine = new CheckBox(messages.text("cases.filter.mine"));
        mine.setId("case-filter-mine");
        mine.selectedProperty().bindBidirectional(vm.mineProperty());
        CheckBox due = new CheckBox(messages.text("cases.filter.due"));
        due.setId("case-filter-due");
        due.selectedProperty().bindBidirectional(vm.dueProperty());

        ComboBox<Exploitation> form = new ComboBox<>();
        form.setId("case-filter-form");
        form.getItems().add(null);
        form.getItems().addAll(Exploitation.values());
        form.setButtonCell(formCell());
        form.setCellFactory(l -> formCell());
        form.valueProperty().bindBidirectional(vm.formProperty());
        form.setAccessibleText(messages.text("cases.filter.form"));

        DatePicker from = datePicker("case-filter-from", "cases.filter.from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = datePicker("case-filter-to", "cases.filter.to");
        to.valueProperty().bindBidirectional(vm.toProperty());

        FlowPane row = new FlowPane(12, 8, status, mine, due, form,
                Controls.label(messages.text("cases.filter.activity"), Css.HINT), from, to);
        row.setId("case-filters");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private DatePicker datePicker(String id, String key) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(messages.text(key));
        picker.setAccessibleText(messages.text(key));
        picker.setPrefWidth(DATE_WIDTH);
        return picker;
    }

    private ListCell<CaseStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CaseStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.text("cases.filter.status_all") : statusText(item));
            }
        };
    }

    private ListCell<Exploitation> formCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Exploitation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.text("cases.filter.form_all") : formText(item));
            }
        };
    }

    private String statusText(CaseStatus status) {
        return messages.text(status == CaseStatus.CLOSED ? "cases.status.closed" : "cases.status.open");
    }

    private String formText(Exploitation form) {
        return messages.text(switch (form) {
            case LABOUR -> "cases.form.labour";
            case SEXUAL -> "cases.form.sexual";
            case CRIMINAL -> "cases.form.criminal";
            case OTHER -> "cases.form.other";
        });
    }

    private TableView<CaseSummary> table(Consumer<String> openCase) {
        TableView<CaseSummary> table = new TableView<>(vm.shown());
        table.setId("case-table");
        table.setAccessibleText(messages.text("cases.all_title"));
        table.setPlaceholder(Controls.label(messages.text(vm.totalProperty().get() == 0 && !vm.loadedProperty().get()
                ? "cases.loading" : "cases.none_found"), Css.HINT));
        vm.loadedProperty().addListener((o, was, now) -> table.setPlaceholder(
                Controls.label(messages.text("cases.none_found"), Css.HINT)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // Rows of one height: the virtual flow then never measures a cell to scroll, which keeps a fast fling through
        // 100,000 rows cheap. Derived from the font, so the rows grow with the system's text size.
        table.setFixedCellSize(Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 2.6));
        TableColumn<CaseSummary, String> alias = column("alias", "cases.column.alias", CaseColumn.ALIAS, vm::alias);
        alias.visibleProperty().bind(vm.aliasShownProperty());
        table.getColumns().add(column("reference", "cases.column.reference", CaseColumn.REFERENCE,
                CaseSummary::reference));
        table.getColumns().add(alias);
        table.getColumns().add(column("status", "cases.column.status", CaseColumn.STATUS,
                r -> statusText(r.status())));
        table.getColumns().add(column("worker", "cases.column.worker", CaseColumn.WORKER,
                r -> workerNames.getOrDefault(r.workerId(), "")));
        table.getColumns().add(column("activity", "cases.column.last_activity", CaseColumn.LAST_ACTIVITY,
                r -> DateTimes.date(r.lastActivityAt(), messages.language())));
        table.getColumns().add(dueColumn());
        table.getColumns().add(column("forms", "cases.column.forms", CaseColumn.FORMS,
                r -> java.util.Arrays.stream(Exploitation.values())
                        .filter(r.exploitationForms()::contains).map(this::formText)
                        .collect(java.util.stream.Collectors.joining(", "))));
        // The table does not sort its own items: the model sorts all of them in the background.
        table.setSortPolicy(t -> {
            Optional<TableColumn<CaseSummary, ?>> first = t.getSortOrder().stream().findFirst();
            vm.sortBy(first.map(c -> (CaseColumn) c.getUserData()),
                    first.map(c -> c.getSortType() == TableColumn.SortType.ASCENDING).orElse(true));
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    openCase.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            CaseSummary selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                openCase.accept(selected.id());
            }
        });
        // Keyboard focus arriving on the table selects its first row, so Enter has something to open.
        table.focusedProperty().addListener((o, was, now) -> {
            if (now && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
        });
        return table;
    }

    private TableColumn<CaseSummary, String> column(String id, String key, CaseColumn sort,
                                                java.util.function.Function<CaseSummary, String> text) {
        TableColumn<CaseSummary, String> c = new TableColumn<>(messages.text(key));
        // Share of the width as a starting point (the policy fits them to the table): names and forms get most.
        // Every heading whole in a 1,100-pixel window: "Laatste activiteit" was cut off at 130 (the worker's name
        // column gives the room).
        c.setPrefWidth(switch (sort) {
            case ALIAS, FORMS -> 200;
            case STATUS -> 90;
            case NEXT_DUE -> 170;
            case LAST_ACTIVITY -> 150;
            case WORKER -> 110;
            default -> 130;
        });
        c.setId("case-column-" + id);
        c.setUserData(sort);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    /** The next due date; overdue is said in words and marked in colour, today in words. */
    private TableColumn<CaseSummary, String> dueColumn() {
        TableColumn<CaseSummary, String> c = column("due", "cases.column.next_due", CaseColumn.NEXT_DUE,
                r -> r.nextDue().map(d -> DateTimes.date(d, messages.language())).orElse(""));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Css.ERROR);
                CaseSummary row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || row.nextDue().isEmpty()) {
                    setText(null);
                    return;
                }
                LocalDate day = row.nextDue().get();
                if (day.isBefore(today.get())) {
                    setText(messages.text("cases.due.overdue", item));
                    getStyleClass().add(Css.ERROR);
                } else if (day.equals(today.get())) {
                    setText(messages.text("cases.due.today", item));
                } else {
                    setText(item);
                }
            }
        });
        return c;
    }

    /** A text field, or a date picker or combo box one can type into: there {@code /} is a character. */
    static boolean typing(Node focused) {
        return focused instanceof TextInputControl
                || focused instanceof javafx.scene.control.ComboBoxBase<?> box && box.isEditable();
    }

    /**
     * {@code /} and Ctrl+F (⌘F) go to the search field while this list shows. {@code /} is left alone while a text
     * field has the focus, so it can be typed; Ctrl+F types nothing, so it works from anywhere.
     */
    private static void installShortcuts(Node box, TextField search) {
        EventHandler<KeyEvent> typed = e -> {
            Scene scene = search.getScene();
            if ("/".equals(e.getCharacter()) && !typing(scene.getFocusOwner())) {
                e.consume();
                search.requestFocus();
            }
        };
        EventHandler<KeyEvent> pressed = e -> {
            if (SHORTCUTS.find().match(e)) {
                e.consume();
                search.requestFocus();
                search.selectAll();
            }
        };
        box.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_TYPED, typed);
                old.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_TYPED, typed);
                now.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
            }
        });
    }
}
