package nl.baken.cases.ui;

import java.time.LocalDate;
import java.util.Optional;
import nl.baken.cases.CaseSummary;
import nl.baken.cases.CaseStatus;
import nl.baken.questionnaire.Exploitation;

/**
 * What the case list is narrowed to besides the search: status, the worker's own cases, cases with something due, a
 * form of exploitation, and a range of last-activity dates (both ends included).
 */
record CaseFilter(Optional<CaseStatus> status, Optional<String> worker, boolean dueOnly,
                  LocalDate today, Optional<Exploitation> form, Optional<LocalDate> from, Optional<LocalDate> to) {

    boolean accepts(CaseSummary row) {
        if (status.isPresent() && row.status() != status.get()) {
            return false;
        }
        if (worker.isPresent() && !worker.get().equals(row.workerId())) {
            return false;
        }
        if (dueOnly && row.nextDue().map(d -> d.isAfter(today)).orElse(true)) {
            return false;
        }
        if (form.isPresent() && !row.exploitationForms().contains(form.get())) {
            return false;
        }
        LocalDate day = row.lastActivityAt().toLocalDate();
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }
}
