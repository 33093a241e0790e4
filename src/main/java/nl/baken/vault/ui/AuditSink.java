package nl.baken.vault.ui;

/** Where the vault's screens report what they changed (an event name and an id), for the audit log. */
@FunctionalInterface
public interface AuditSink {
    void record(String event, String subjectId);
}
