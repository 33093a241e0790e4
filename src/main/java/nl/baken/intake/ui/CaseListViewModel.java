package nl.baken.intake.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.DateTimes;
import nl.baken.intake.Intake;
import nl.baken.intake.IntakeService;
import nl.baken.ui.BackgroundTasks;

/**
 * The home screen's list of cases: intakes that can be resumed first (paused, or left in progress by a crash),
 * then every case with its reference, alias, status and date. Read in the background.
 */
public final class CaseListViewModel {

    /** One line of the list; {@code resumeIntakeId} is set when the line offers "Resume". */
    public record Row(String caseId, String reference, String alias, String status, String date,
                      String resumeIntakeId) {

        public boolean resumable() {
            return resumeIntakeId != null;
        }
    }

    private final IntakeService service;
    private final BackgroundTasks tasks;
    private final String language;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    /** {@code language}: the language its dates are written in. */
    public CaseListViewModel(IntakeService service, BackgroundTasks tasks, String language) {
        this.service = service;
        this.tasks = tasks;
        this.language = language;
    }

    /** Reads the cases and resumable intakes in the background, then fills the rows. */
    public void load(Runnable whenLoaded) {
        tasks.run(() -> rowsFrom(service.cases(), service.resumable(), language), list -> {
            rows.setAll(list);
            loaded.set(true);
            whenLoaded.run();
        }, failure -> {
            loaded.set(true);
            whenLoaded.run();
        });
    }

    static List<Row> rowsFrom(List<CaseFile> cases, List<Intake> resumable, String language) {
        Map<String, CaseFile> byId = new HashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        List<Row> out = new ArrayList<>();
        for (Intake i : resumable) {
            CaseFile c = byId.get(i.caseId());
            if (c != null) {
                out.add(new Row(c.id(), c.reference(), c.alias().orElse(""), i.status().name(),
                        DateTimes.dateTime(i.updatedAt(), language), i.id()));
            }
        }
        for (CaseFile c : cases) {
            out.add(new Row(c.id(), c.reference(), c.alias().orElse(""), c.status().name(),
                    DateTimes.dateTime(c.createdAt(), language), null));
        }
        return out;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
