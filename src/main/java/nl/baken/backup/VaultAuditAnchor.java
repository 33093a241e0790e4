package nl.baken.backup;

import java.time.Clock;
import java.util.Optional;
import nl.baken.audit.AuditAnchor;
import nl.baken.audit.AuditLog;
import nl.baken.vault.ChainHead;
import nl.baken.vault.UnlockedVault;

/**
 * The audit log's anchor in the open vault's key slots (ADR 0013): audit and vault know nothing of each other, so
 * this class joins them; it lives in backup, the lowest package allowed both, so backups, the session and the command
 * line share it. On a vault opened read-only (a check, a backup's snapshot) the anchor is read, never written.
 */
public final class VaultAuditAnchor implements AuditAnchor {

    private final UnlockedVault vault;

    public VaultAuditAnchor(UnlockedVault vault) {
        this.vault = vault;
    }

    /** The audit log of an open vault, anchored in its key slots. */
    public static AuditLog auditLog(UnlockedVault vault, Clock clock) {
        return new AuditLog(vault.store(), clock, new VaultAuditAnchor(vault));
    }

    @Override
    public Optional<Head> read() {
        return vault.auditHead().map(h -> new Head(h.count(), h.hash()));
    }

    @Override
    public void advance(Head head) {
        vault.anchorAuditHead(new ChainHead(head.count(), head.hash()));
    }
}
