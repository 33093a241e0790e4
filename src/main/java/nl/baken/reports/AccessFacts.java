package nl.baken.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.baken.audit.AuditEvent;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseNote;
import nl.baken.cases.CaseTask;
import nl.baken.cases.ReflectionPeriod;
import nl.baken.consent.ConsentRecord;
import nl.baken.referral.Referral;

/**
 * Everything Baken keeps about one person, read together for the access export: the case, every intake with its
 * answers, the consent history, the referrals with their partners' names, tasks, notes, the reflection period and
 * the audit entries about any of them, and when and why the case was closed. {@code workers} names a worker by slot id.
 */
public record AccessFacts(CaseFile caseFile, List<IntakeRecord> intakes, List<ConsentRecord> consents,
        List<Referral> referrals, Map<String, String> partnerNames, List<CaseTask> tasks, List<CaseNote> notes,
        Optional<ReflectionPeriod> reflection, List<AuditEvent> audit, Map<String, String> workers,
        String organisation, LocalDate today, Closing closing) {

    /** When a closed case was closed, and the worker's reason (sealed, the person's own data too). */
    public record Closing(Optional<OffsetDateTime> at, Optional<String> reason) {
        public Closing {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public AccessFacts {
        Objects.requireNonNull(caseFile, "caseFile");
        intakes = List.copyOf(intakes);
        consents = List.copyOf(consents);
        referrals = List.copyOf(referrals);
        partnerNames = Map.copyOf(partnerNames);
        tasks = List.copyOf(tasks);
        notes = List.copyOf(notes);
        Objects.requireNonNull(reflection, "reflection");
        audit = List.copyOf(audit);
        workers = Map.copyOf(workers);
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(closing, "closing");
    }
}
