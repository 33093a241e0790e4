package nl.baken.audit.ui;

/** One line of the audit view, as shown: time, worker, event, its kind, case reference and outcome. */
public record AuditRow(long id, String time, String worker, String event, String kind, String caseReference,
                       String outcome) {
}
