package nl.baken.app;

import java.time.Clock;
import nl.baken.audit.AuditLog;
import nl.baken.vault.UnlockedVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that exists only while the vault is unlocked: the open vault and the services built on its store.
 * Closing the session is the lock. Built and closed on the background thread, never on the FX thread.
 */
public final class Session implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private final UnlockedVault vault;
    private final AuditLog audit;
    private final Clock clock;

    private Session(UnlockedVault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
        this.audit = new AuditLog(vault.store(), clock);
    }

    /** Wraps a freshly unlocked vault and records the unlock in the audit log. */
    public static Session open(UnlockedVault vault, Clock clock) {
        Session session = new Session(vault, clock);
        session.audit.record(vault.workerId(), "VAULT_UNLOCK", null);
        return session;
    }

    public UnlockedVault vault() {
        return vault;
    }

    public AuditLog audit() {
        return audit;
    }

    public Clock clock() {
        return clock;
    }

    public String workerId() {
        return vault.workerId();
    }

    /** Records the lock, closes the database and zeroes the key. */
    @Override
    public void close() {
        if (vault.isClosed()) {
            return;
        }
        try {
            audit.record(vault.workerId(), "VAULT_LOCK", null);
        } catch (RuntimeException e) {
            LOG.warn("could not record the lock: {}", e.getClass().getName());
        }
        vault.close();
    }
}
