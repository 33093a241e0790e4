package nl.baken.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.baken.cases.CaseFile;
import nl.baken.consent.ConsentRecord;
import nl.baken.questionnaire.Exploitation;

/**
 * What a CoMensha registration is made from: the case, its intakes (oldest first), the forms of exploitation the
 * case page shows, the {@code comensha} consent in force, the registering organisation and worker.
 */
public record ComenshaFacts(CaseFile caseFile, List<IntakeRecord> intakes, Set<Exploitation> caseForms,
        Optional<ConsentRecord> consent, String organisation, String workerName, LocalDate today) {

    public ComenshaFacts {
        Objects.requireNonNull(caseFile, "caseFile");
        intakes = List.copyOf(intakes);
        caseForms = Set.copyOf(caseForms);
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(workerName, "workerName");
        Objects.requireNonNull(today, "today");
    }
}
