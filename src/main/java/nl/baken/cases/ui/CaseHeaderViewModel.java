package nl.baken.cases.ui;

import java.util.Objects;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseStatus;
import nl.baken.i18n.DateTimes;
import nl.baken.i18n.Messages;

/**
 * The head of the case page: reference, status, the worker the case belongs to and when it was made, as words in
 * the worker's language. Holds no Node; made off the FX thread from a case already read.
 */
public final class CaseHeaderViewModel {

    private final CaseFile caseFile;
    private final String workerName;
    private final Messages messages;

    /** {@code workerName}: the name of the worker the case belongs to, as the vault knows it. */
    public CaseHeaderViewModel(CaseFile caseFile, String workerName, Messages messages) {
        this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
        this.workerName = Objects.requireNonNull(workerName, "workerName");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public String caseId() {
        return caseFile.id();
    }

    /** The slot id of the worker the case belongs to. */
    public String ownerId() {
        return caseFile.workerId();
    }

    public String reference() {
        return caseFile.reference();
    }

    public boolean isClosed() {
        return caseFile.status() == CaseStatus.CLOSED;
    }

    public String status() {
        return messages.text(isClosed() ? "cases.status.closed" : "cases.status.open");
    }

    public String worker() {
        return messages.text("casepage.worker", workerName);
    }

    public String created() {
        return messages.text("casepage.created", DateTimes.dateTime(caseFile.createdAt(), messages.language()));
    }
}
