package nl.baken.audit;

/** How an audited action ended (NEN 7513): done, refused (a wrong passphrase, no consent) or failed on the way. */
public enum AuditOutcome {
    SUCCESS, DENIED, FAILED
}
