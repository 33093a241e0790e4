package nl.baken.consent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.baken.audit.AuditLog;

/**
 * Records consent decisions and answers "may we?" questions. Everything can be declined; only keeping the record
 * is needed for Baken to hold anything at all. Every decision is written to the audit log (ids only).
 */
public final class ConsentService {

    private final ConsentRepository repository;
    private final AuditLog audit;
    private final Clock clock;
    private final Consumer<String> caseChanged;

    public ConsentService(ConsentRepository repository, AuditLog audit, Clock clock) {
        this(repository, audit, clock, caseId -> { /* no case desk to tell */ });
    }

    /**
     * {@code caseChanged} is told the case id after every decision recorded (the app moves the case's last activity
     * there: consent may not use the cases feature itself).
     */
    public ConsentService(ConsentRepository repository, AuditLog audit, Clock clock, Consumer<String> caseChanged) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
        this.caseChanged = caseChanged;
    }

    /** Records one decision now, by this worker. */
    public ConsentRecord record(String caseId, ConsentPurpose purpose, ConsentDecision decision,
                                Optional<ConsentSigner> signedBy, boolean formReceived, String workerId) {
        ConsentRecord r = new ConsentRecord(purpose, decision, signedBy, formReceived, OffsetDateTime.now(clock), workerId);
        repository.record(caseId, r);
        audit.record(workerId, "CONSENT_" + decision.name(), caseId + "/" + purpose.code());
        caseChanged.accept(caseId);
        return r;
    }

    public Map<ConsentPurpose, ConsentRecord> current(String caseId) {
        return repository.current(caseId);
    }

    /** Every decision recorded for the case, oldest first: what the case page shows as its consent history. */
    public java.util.List<ConsentRecord> history(String caseId) {
        return repository.history(caseId);
    }

    /** True when the decision in force for this purpose is "given" (not declined, not withdrawn, not absent). */
    public boolean isGiven(String caseId, ConsentPurpose purpose) {
        ConsentRecord r = repository.current(caseId).get(purpose);
        return r != null && r.isGiven();
    }

    public boolean mayShareWith(String caseId, String audience) {
        return isGiven(caseId, ConsentPurpose.share(audience));
    }
}
