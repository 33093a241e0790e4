package nl.baken.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * One line of the case list, read from plain columns only: no alias, no answer is opened to make it. The alias is
 * shown from {@link CaseSearchIndex} when the worker reveals it.
 */
public record CaseRow(String id, String reference, CaseStatus status, String workerId, OffsetDateTime lastActivity,
                      Optional<LocalDate> nextDue, Set<String> forms) {

    public CaseRow {
        forms = Set.copyOf(forms);
    }
}
