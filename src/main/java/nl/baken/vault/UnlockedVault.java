package nl.baken.vault;

import nl.baken.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault while it is open: the signed-in worker, the open {@link Store}, and the database key (needed to add
 * worker slots). {@link #close()} is the lock: it closes the database and zeroes the key.
 */
public final class UnlockedVault implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UnlockedVault.class);

    private final Vault vault;
    private final String workerId;
    private final String workerName;
    private final boolean administrator;
    private final byte[] key;
    private final Store store;
    private boolean closed;
    private boolean recovered;

    UnlockedVault(Vault vault, String workerId, String workerName, boolean administrator, byte[] key, Store store) {
        this.vault = vault;
        this.workerId = workerId;
        this.workerName = workerName;
        this.administrator = administrator;
        this.key = key;
        this.store = store;
    }

    /** The worker's slot id: what the audit log and the logs record instead of a name. */
    public String workerId() {
        return workerId;
    }

    public String workerName() {
        return workerName;
    }

    /** The workers of this vault, slot id to name (for handing a case over). */
    public java.util.Map<String, String> workers() {
        requireOpen();
        return vault.workersById();
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public Store store() {
        requireOpen();
        return store;
    }

    /** Adds a worker slot (administrator only); returns the new slot id. */
    public synchronized String addWorker(String name, char[] passphrase) {
        requireOpen();
        requireAdmin();
        return vault.addWorker(key, name, passphrase);
    }

    /** Removes a worker slot (administrator only); returns the removed slot id. */
    public synchronized String removeWorker(String name) {
        requireOpen();
        requireAdmin();
        if (name.equals(workerName)) {
            throw new VaultException(VaultException.Reason.LAST_ADMIN);
        }
        return vault.removeWorker(key, name);
    }

    /** Changes the signed-in worker's own passphrase; the current one is asked again. */
    public void changeOwnPassphrase(char[] current, char[] next) {
        requireOpen();
        vault.changePassphrase(workerName, current, next);
    }

    /** The database key with the key slots on disk, for a backup of the open vault; the caller closes it. */
    public VaultKey vaultKey() {
        requireOpen();
        return vault.keyFor(key, workerId);
    }

    /** True when this vault was opened with the recovery code (the audit log records its use). */
    public boolean openedWithRecoveryCode() {
        return recovered;
    }

    UnlockedVault openedWithRecoveryCode(boolean used) {
        recovered = used;
        return this;
    }

    /** The audit log's head as the key slots anchor it (MAC checked), if they do yet. */
    public java.util.Optional<ChainHead> auditHead() {
        requireOpen();
        return vault.auditHead(key);
    }

    /**
     * Anchors the audit log's head in the key slots (never on a vault opened read-only); a head already further along
     * stays, so the anchor never goes back.
     */
    public synchronized void anchorAuditHead(ChainHead head) {
        requireOpen();
        if (!store.isReadOnly()) {
            vault.anchorAuditHead(key, head);
        }
    }

    /** The refused unlocks kept in the data directory since the last unlock audited them, oldest first. */
    public java.util.List<FailedUnlock> failedUnlocks() {
        return vault.failedUnlocks();
    }

    /** Forgets the refused unlocks once their audit entries are committed. */
    public void forgetFailedUnlocks() {
        if (!store.isReadOnly()) {
            vault.forgetFailedUnlocks();
        }
    }

    /** A copy of the database key, for tests in this package only (see {@link Vault#openForCheck(byte[])}). */
    byte[] databaseKeyCopy() {
        requireOpen();
        return key.clone();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Locks: closes the database and zeroes the key. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        store.close();
        Secrets.zero(key);
        LOG.info("vault locked (slot {})", workerId);
    }

    /**
     * Locks after compacting the database file ({@link Store#closeCompacted()}): for a moment chosen on purpose, such
     * as the end of a demo run, which writes far more than it keeps. Safe to call twice.
     */
    public synchronized void closeCompacted() {
        boolean compacted = !closed;
        if (compacted) {
            store.closeCompacted();
        }
        close();
        if (compacted) {
            // H2's compacted copy is a new file, made under the umask.
            try {
                OwnerOnly.restrict(vault.directory().databaseFile());
            } catch (java.io.IOException e) {
                LOG.warn("could not make the compacted database owner-only: {}", e.getClass().getSimpleName());
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("vault is locked");
        }
    }

    private void requireAdmin() {
        if (!administrator) {
            throw new VaultException(VaultException.Reason.NOT_ADMIN);
        }
    }
}
