package nl.baken.reports.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.baken.i18n.FailureText;
import nl.baken.i18n.Messages;
import nl.baken.referral.ReferralException;
import nl.baken.reports.CaseReports;
import nl.baken.reports.ReportWords;
import nl.baken.ui.BackgroundTasks;

/**
 * The case page's part for the two reports that leave as protected PDFs: the access export and the CoMensha
 * registration. Makes the file in the background, then shows its password once (until forgotten), what the case
 * still lacks, or in one line why nothing was made. Holds no node.
 */
public final class CaseReportsViewModel {

    /** Which report. */
    public enum Kind { ACCESS, COMENSHA }

    private final CaseReports reports;
    private final ReportWords words;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final String caseId;
    private final String caseReference;
    private final String workerId;
    private final String workerName;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper password = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    /** What a background export ends with: a password and what is missing, or the bundle key of a refusal. */
    private record Outcome(String password, String refusalKey, List<String> missing, Kind kind) {
    }

    public CaseReportsViewModel(CaseReports reports, ReportWords words, BackgroundTasks tasks, Messages messages,
            String caseId, String caseReference, String workerId, String workerName) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.words = Objects.requireNonNull(words, "words");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.caseReference = Objects.requireNonNull(caseReference, "caseReference");
        this.workerId = workerId;
        this.workerName = workerName;
    }

    /** The file name the save dialog proposes: the case reference, never a name. */
    public String suggestedName(Kind kind) {
        return messages.text(kind == Kind.ACCESS ? "report.ui.access_file" : "report.ui.comensha_file", caseReference);
    }

    /** Makes the report's file at {@code target} (nothing when no target was chosen or one is being made). */
    public void export(Kind kind, Path target) {
        if (target == null || busy.get()) {
            return;
        }
        busy.set(true);
        password.set(null);
        failed.set(false);
        status.set(messages.text("report.ui.busy"));
        tasks.run(() -> make(kind, target), this::show, this::fail, () -> busy.set(false));
    }

    private Outcome make(Kind kind, Path target) throws ReferralException {
        char[] secret;
        List<String> missing = List.of();
        if (kind == Kind.ACCESS) {
            secret = reports.exportAccess(caseId, words, target, workerId);
        } else {
            CaseReports.ComenshaExport export = reports.exportComensha(caseId, words, target, workerId, workerName);
            if (export.refusal().isPresent()) {
                return new Outcome(null, export.refusal().get().messageKey(), List.of(), kind);
            }
            secret = export.password();
            missing = export.missing();
        }
        try {
            return new Outcome(new String(secret), null, missing, kind);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private void show(Outcome outcome) {
        if (outcome.refusalKey() != null) {
            failed.set(true);
            status.set(messages.text(outcome.refusalKey()));
            return;
        }
        String saved = messages.text(outcome.kind() == Kind.ACCESS ? "report.ui.saved_access"
                : "report.ui.saved_comensha");
        status.set(outcome.missing().isEmpty() ? saved
                : saved + " " + messages.text("report.comensha.missing", String.join(", ", outcome.missing())));
        password.set(outcome.password());
    }

    private void fail(Throwable failure) {
        failed.set(true);
        status.set(failure instanceof ReferralException r ? messages.text(CaseReports.failureKey(r))
                : FailureText.describe(messages, failure, "report.ui.failed"));
    }

    /** Forgets the password shown. */
    public void forgetPassword() {
        password.set(null);
        status.set("");
        failed.set(false);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The password of the file just made, from saving until {@link #forgetPassword()}; null otherwise. */
    public ReadOnlyStringProperty passwordProperty() {
        return password.getReadOnlyProperty();
    }

    /** One line: busy, saved (and what is missing), or why nothing was made. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the status line tells of a refusal or a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
