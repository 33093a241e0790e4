package nl.baken.referral.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.Messages;
import nl.baken.referral.ReferralService;
import nl.baken.ui.BackgroundTasks;

/** The cases a referral can be made for (those with a finished intake), to pick one from the home screen. */
public final class ReferralCasesViewModel {

    private final ReferralService service;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObservableList<CaseFile> cases = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ReferralCasesViewModel(ReferralService service, BackgroundTasks tasks, Messages messages) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
    }

    public void load() {
        tasks.run(() -> service.referableCases(), (java.util.List<CaseFile> found) -> cases.setAll(found), f -> error.set(messages.text("referral.ui.failed")));
    }

    public ObservableList<CaseFile> cases() {
        return cases;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
