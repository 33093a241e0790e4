package nl.baken.cases;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.baken.audit.AuditLog;
import nl.baken.store.Store;

/** Closing a case (always with a reason), reopening it, and handing it over to another worker of this vault. */
public final class CaseLifecycle {

    /** The longest close reason, in characters: a short summary, not a report. */
    public static final int MAX_REASON = 500;

    private final Store store;
    private final CaseRepository cases;
    private final AuditLog audit;
    private final DeskCalendar calendar;
    private final CaseLookup lookup;
    private final Supplier<Map<String, String>> workers;

    CaseLifecycle(Store store, CaseRepository cases, AuditLog audit, DeskCalendar calendar, CaseLookup lookup,
                  Supplier<Map<String, String>> workers) {
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.calendar = calendar;
        this.lookup = lookup;
        this.workers = workers;
    }

    /** Why the case was last closed, if it was. */
    public Optional<String> closeReason(String caseId) {
        return cases.closeReason(caseId);
    }

    /** Closes an open case with a short reason (sealed); refuses a closed case, an empty or over-long reason. */
    public void close(String caseId, String reason, String workerId) {
        String text = DeskText.require(reason, MAX_REASON, true);
        CaseFile c = lookup.require(caseId);
        if (c.status() == CaseStatus.CLOSED) {
            throw new CaseDeskException(CaseDeskException.Reason.ALREADY_CLOSED);
        }
        OffsetDateTime now = calendar.stamp();
        store.inTransaction(dsl -> {
            cases.close(c.id(), text, now);
            audit.append(dsl, workerId, "CASE_CLOSE", c.id());
            return null;
        });
    }

    /** Opens a closed case again; refuses one that is open. */
    public void reopen(String caseId, String workerId) {
        CaseFile c = lookup.require(caseId);
        if (c.status() != CaseStatus.CLOSED) {
            throw new CaseDeskException(CaseDeskException.Reason.NOT_CLOSED);
        }
        OffsetDateTime now = calendar.stamp();
        store.inTransaction(dsl -> {
            cases.reopen(c.id(), now);
            audit.append(dsl, workerId, "CASE_REOPEN", c.id());
            return null;
        });
    }

    /** The workers of this vault who can take a case: slot id to name. */
    public Map<String, String> workers() {
        return workers.get();
    }

    /** Hands the case to another worker of this vault; the audit entry names the case and the new worker's slot id. */
    public void handOver(String caseId, String toWorkerId, String workerId) {
        CaseFile c = lookup.require(caseId);
        if (!workers.get().containsKey(toWorkerId)) {
            throw new CaseDeskException(CaseDeskException.Reason.UNKNOWN_WORKER);
        }
        OffsetDateTime now = calendar.stamp();
        store.inTransaction(dsl -> {
            cases.setWorker(c.id(), toWorkerId, now);
            audit.append(dsl, workerId, "CASE_HANDOVER", c.id() + "/" + toWorkerId);
            return null;
        });
    }
}
