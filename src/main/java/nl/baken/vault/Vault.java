package nl.baken.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.baken.store.CheckReport;
import java.util.UUID;
import nl.baken.store.Sealer;
import nl.baken.store.Store;
import nl.baken.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The encrypted vault on disk: set it up, unlock it into an {@link UnlockedVault}, and manage the key slots of the
 * workers. Every method here is slow on purpose (Argon2id) and must run off the FX thread.
 */
public final class Vault {

    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);
    private static final int MAX_NAME_LENGTH = 60;
    /**
     * Every read-change-write of keyslots.json in this process holds it: an anchor of the audit log written between
     * another change's read and write would otherwise undo that change (a passphrase, a worker).
     */
    private static final Object SLOTS = new Object();

    /** What the data directory holds right now. */
    public enum State { NEW, READY }

    private final DataDirectory dir;
    private final SecureRandom random;
    private final Clock clock;

    public Vault(DataDirectory dir) {
        this(dir, new SecureRandom(), Clock.systemUTC());
    }

    public Vault(DataDirectory dir, SecureRandom random, Clock clock) {
        this.dir = dir;
        this.random = random;
        this.clock = clock;
    }

    public DataDirectory directory() {
        return dir;
    }

    /**
     * NEW when neither the key file nor the database exists; READY when the key file exists. A database without
     * a key file is never treated as new, so setup can never overwrite it.
     */
    public State state() {
        VaultSwap.finishInterrupted(dir);
        boolean slots = Files.exists(dir.keySlotsFile());
        boolean db = Files.exists(dir.databaseFile());
        if (!slots && db) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_MISSING);
        }
        return slots ? State.READY : State.NEW;
    }

    /** The names of the workers who can unlock, in the order they were added. */
    public List<String> workerNames() {
        return KeySlotFile.read(dir.keySlotsFile()).workers().stream().map(KeySlot::name).toList();
    }

    /**
     * The workers who can unlock, by slot id, in the order they were added: how a screen names the worker that a
     * case or a decision records by id.
     */
    public java.util.Map<String, String> workerNamesById() {
        java.util.Map<String, String> byId = new java.util.LinkedHashMap<>();
        KeySlotFile.read(dir.keySlotsFile()).workers().forEach(s -> byId.put(s.id(), s.name()));
        return byId;
    }

    /** The workers who can unlock, slot id to name, in the order they were added. */
    public java.util.Map<String, String> workersById() {
        java.util.Map<String, String> workers = new java.util.LinkedHashMap<>();
        KeySlotFile.read(dir.keySlotsFile()).workers().forEach(s -> workers.put(s.id(), s.name()));
        return workers;
    }

    /** True when {@code name} is the administrator's. */
    public boolean isAdministrator(String name) {
        return KeySlotFile.read(dir.keySlotsFile()).worker(name).map(KeySlot::admin).orElse(false);
    }

    /**
     * First run: makes a random 256-bit database key, the encrypted database, a slot for the first worker (the
     * administrator) and one for the recovery code, which is returned to be shown once.
     */
    public char[] setUp(String workerName, char[] passphrase) {
        String name = checkedName(workerName);
        requireAcceptable(passphrase);
        if (state() != State.NEW) {
            throw new VaultException(VaultException.Reason.ALREADY_SET_UP);
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        String vaultId = UUID.randomUUID().toString();
        char[] recovery = RecoveryCode.generate(random);
        char[] normalised = RecoveryCode.normalise(recovery);
        boolean done = false;
        try {
            deleteSetupLeftovers();
            char[] hex = Secrets.hex(key);
            try (Store store = Store.create(setupDatabaseBase(), hex, Sealer.forDatabaseKey(key), vaultId)) {
                LOG.info("new database created, schema {}", store.schemaVersion());
            } catch (StoreException e) {
                throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, e);
            } finally {
                Secrets.zero(hex);
            }
            KeySlot admin = newSlot(KeySlot.Kind.WORKER, name, true, passphrase, key);
            KeySlot rescue = newSlot(KeySlot.Kind.RECOVERY, "", false, normalised, key);
            // The key slots are the commit point: once they are in place, a crash before the move below is
            // completed by the next unlock (finishSetup), and before it the directory still reads as new.
            KeySlotFile.write(dir.keySlotsFile(), KeySlots.sealed(vaultId, List.of(admin, rescue), key));
            finishSetup();
            done = true;
            LOG.info("vault set up; administrator slot {}", admin.id());
            return recovery;
        } catch (RuntimeException e) {
            Secrets.zero(recovery);
            throw e;
        } finally {
            if (!done) {
                undoSetup();
            }
            Secrets.zero(key);
            Secrets.zero(normalised);
        }
    }

    /** Opens the database with a worker's passphrase. */
    public UnlockedVault unlock(String workerName, char[] passphrase) {
        KeySlots slots = readSlots();
        KeySlot slot = slots.worker(workerName).orElseThrow(() -> {
            refused("", FailedUnlock.Kind.PASSPHRASE);
            return new VaultException(VaultException.Reason.UNKNOWN_WORKER);
        });
        byte[] key = unwrap(slot, passphrase).orElseThrow(() -> {
            LOG.info("unlock refused for slot {}", slot.id());
            refused(slot.id(), FailedUnlock.Kind.PASSPHRASE);
            return new VaultException(VaultException.Reason.WRONG_PASSPHRASE);
        });
        UnlockedVault unlocked = open(slots, slot, key, Store.Access.READ_WRITE);
        rebindLegacySlot(slots, slot, passphrase, unlocked);
        return unlocked;
    }

    /**
     * A slot from a format-2 key file has the cipher outside its tag: the worker who just opened it has it
     * re-wrapped at once (new salt and nonce, binding 2), so the file migrates one worker at a time. A failure to
     * write leaves the old slot, which still opens; the unlock is not undone for it.
     */
    private void rebindLegacySlot(KeySlots slots, KeySlot slot, char[] passphrase, UnlockedVault unlocked) {
        if (slot.binding() == KeySlot.BINDING) {
            return;
        }
        byte[] key = unlocked.databaseKeyCopy();
        try {
            KeySlot rebound = newSlot(slot.id(), slot.kind(), slot.name(), slot.admin(), passphrase, key);
            synchronized (SLOTS) {
                KeySlots now = readSlots();
                requireIntact(now, key);
                KeySlotFile.write(dir.keySlotsFile(), now.with(rebound, key));
            }
            LOG.info("slot {} re-bound (cipher in its tag)", slot.id());
        } catch (VaultException e) {
            LOG.warn("slot {} not re-bound: {}", slot.id(), e.reason());
        } finally {
            Secrets.zero(key);
        }
    }

    /**
     * Tries the passphrase against every worker slot in turn (for the command line, where no worker is named).
     */
    public UnlockedVault unlockAnyWorker(char[] passphrase) {
        return unlockAnyWorker(passphrase, Store.Access.READ_WRITE, true);
    }

    /**
     * Opens the database read-only for a check ({@code workerName} null: try every worker): not one byte of the
     * database or the key slots is written, whatever state they are in.
     */
    public UnlockedVault openForCheck(String workerName, char[] passphrase) {
        if (workerName == null) {
            return unlockAnyWorker(passphrase, Store.Access.READ_ONLY, true);
        }
        KeySlots slots = readSlots();
        KeySlot slot = slots.worker(workerName).orElseThrow(() -> new VaultException(VaultException.Reason.UNKNOWN_WORKER));
        byte[] key = unwrap(slot, passphrase).orElseThrow(() -> {
            // failed-unlocks.txt is neither the database nor the key slots: a guess through a check is kept too.
            refused(slot.id(), FailedUnlock.Kind.PASSPHRASE);
            return new VaultException(VaultException.Reason.WRONG_PASSPHRASE);
        });
        return open(slots, slot, key, Store.Access.READ_ONLY);
    }

    /**
     * As {@link #openForCheck(String, char[])} without a worker, for a secret meant for a backup that is tried on
     * this vault only to count what a restore would replace: a refusal here is no failed unlock, so none is kept.
     */
    public UnlockedVault openToCount(char[] secret) {
        return unlockAnyWorker(secret, Store.Access.READ_ONLY, false);
    }

    /**
     * {@link #openForCheck} with the database key already known, for the damage test, which opens hundreds of
     * damaged copies and must not pay Argon2id for each; the slots are read and their MAC checked as usual.
     */
    UnlockedVault openForCheck(byte[] databaseKey) {
        KeySlots slots = readSlots();
        return open(slots, slots.workers().get(0), databaseKey.clone(), Store.Access.READ_ONLY);
    }

    /**
     * Opens this directory's database read-only with a key already opened from a copy of its key slots (a backup
     * being verified or restored): the slots here are read and their MAC and vault id checked as at every unlock.
     */
    public UnlockedVault openForCheck(VaultKey key) {
        KeySlots slots = readSlots();
        return open(slots, slots.workers().get(0), key.keyCopy(), Store.Access.READ_ONLY);
    }

    /**
     * Opens for work (read-write, exactly as {@link #unlock} opens the database) with a key already opened from this
     * vault's key slots, as the slot that opened it (the first worker's for the recovery slot): for a restore, which
     * records itself in the restored vault's audit log, and for the crash tests, which unlock after every kill and
     * must not pay Argon2id for each. The slots are read and their MAC checked as at every unlock; no failed unlock
     * is kept or forgotten here.
     */
    public UnlockedVault unlock(VaultKey key) {
        KeySlots slots = readSlots();
        KeySlot slot = slots.workers().stream().filter(s -> s.id().equals(key.openedBy())).findFirst()
                .orElse(slots.workers().get(0));
        return open(slots, slot, key.keyCopy(), Store.Access.READ_WRITE);
    }

    /** The open vault's key with the key slots as they are on disk now, which must be this key's (MAC checked). */
    VaultKey keyFor(byte[] key, String openedBy) {
        byte[] json;
        try {
            json = Files.readAllBytes(dir.keySlotsFile());
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_UNREADABLE, e);
        }
        KeySlots slots = KeySlotFile.parse(json);
        requireIntact(slots, key);
        return VaultKey.of(key, slots.vaultId(), json, openedBy);
    }

    /**
     * Rekey (ADR 0012): a fresh random database key; the database copied through an online snapshot into a new file
     * under it ({@code baken-rekey.mv.db}), every sealed value sealed again under the new sub-key, {@code finish}
     * run on the new store (the caller records the audit entry and runs the full check, which must be healthy);
     * then the workers named in {@code keep} (the administrator among them, each with their current passphrase)
     * get their slots re-wrapped, and a new recovery code, returned, gets the recovery slot. Workers not in
     * {@code keep} lose their slot. {@code open} is locked on the way. Commit point: the new keyslots.json; a
     * marker beside the new file lets the next unlock finish the move after a crash ({@link #finishRekey}).
     */
    public char[] rekey(UnlockedVault open, Map<String, char[]> keep, Function<Store, CheckReport> finish) {
        return rekey(open, keep, null, finish);
    }

    /**
     * {@link #rekey(UnlockedVault, Map, Function)}, keeping the recovery code when {@code currentRecoveryCode} is
     * given (it must open the recovery slot now; the slot is re-wrapped under the new key with it): then null is
     * returned. Without it a new recovery code is made and returned, to be shown once.
     */
    public char[] rekey(UnlockedVault open, Map<String, char[]> keep, char[] currentRecoveryCode,
                        Function<Store, CheckReport> finish) {
        if (!open.isAdministrator()) {
            throw new VaultException(VaultException.Reason.NOT_ADMIN);
        }
        if (!keep.containsKey(open.workerName())) {
            throw new VaultException(VaultException.Reason.WRONG_PASSPHRASE);
        }
        byte[] oldKey = open.databaseKeyCopy();
        byte[] newKey = new byte[32];
        random.nextBytes(newKey);
        char[] recovery = currentRecoveryCode == null ? RecoveryCode.generate(random) : null;
        char[] normalised = RecoveryCode.normalise(recovery == null ? currentRecoveryCode : recovery);
        boolean committed = false;
        try {
            KeySlots slots = readSlots();
            requireIntact(slots, oldKey);
            if (recovery == null) {
                requireRecoveryCode(slots, normalised);
            }
            List<KeySlot> kept = new ArrayList<>();
            for (KeySlot slot : slots.workers()) {
                char[] passphrase = keep.get(slot.name());
                if (passphrase == null) {
                    continue;
                }
                byte[] check = unwrap(slot, passphrase).orElseThrow(
                        () -> new VaultException(VaultException.Reason.WRONG_PASSPHRASE));
                Secrets.zero(check);
                kept.add(newSlot(slot.id(), KeySlot.Kind.WORKER, slot.name(), slot.admin(), passphrase, newKey));
            }
            kept.add(newSlot(KeySlot.Kind.RECOVERY, "", false, normalised, newKey));
            // The audit head carries over: the copy holds the same entries with the same chain values (ADR 0013).
            KeySlots next = KeySlots.sealed(slots.vaultId(), kept, slots.auditHead(), newKey);
            deleteRekeyLeftovers();
            char[] hex = Secrets.hex(newKey);
            try {
                open.store().copyTo(rekeyDatabaseBase(), hex);
                try (Store copy = Store.open(rekeyDatabaseBase(), hex, Sealer.forDatabaseKey(newKey),
                        Store.Access.READ_WRITE)) {
                    requireSameVault(copy, slots);
                    long values = copy.resealFrom(Sealer.forDatabaseKey(oldKey));
                    CheckReport report = finish.apply(copy);
                    if (!report.healthy()) {
                        LOG.warn("rekey: the new database fails its check ({} problems)", report.problems().size());
                        throw new VaultException(VaultException.Reason.DATABASE_DAMAGED);
                    }
                    LOG.info("rekey: {} sealed values sealed again, new database checked", values);
                }
                OwnerOnly.restrict(rekeyDatabaseFile());
            } catch (StoreException e) {
                throw new VaultException(VaultException.Reason.DATABASE_DAMAGED, e);
            } catch (IOException e) {
                throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, e);
            } finally {
                Secrets.zero(hex);
            }
            writePendingMarker(newKey);
            open.close();
            KeySlotFile.write(dir.keySlotsFile(), next);
            committed = true;
            finishRekey(newKey);
            LOG.info("vault rekeyed: {} worker slots re-wrapped, {} recovery slot", kept.size() - 1,
                    recovery == null ? "same code in the" : "new");
            return recovery;
        } catch (RuntimeException e) {
            if (recovery != null) {
                Secrets.zero(recovery);
            }
            throw e;
        } finally {
            if (!committed) {
                deleteRekeyLeftovers();
            }
            Secrets.zero(oldKey);
            Secrets.zero(newKey);
            Secrets.zero(normalised);
        }
    }

    /**
     * Rewrites the database under the same key with {@code change} applied (ADR 0014: an erasure). The change runs
     * inside the online snapshot that is copied into a new file ({@code baken-rewrite.mv.db}), so the rows it removes
     * are never written there; {@code finish} runs on the new store (the caller records the audit entry and runs the
     * full check, which must be healthy). Then {@code open} is locked and the new file renamed over the old one: that
     * rename is the commit point (a crash before it leaves the old vault and a leftover the next unlock removes; after
     * it, the new vault). The old file's bytes are then overwritten through a channel held across the rename. Returns
     * the vault unlocked again, on the new file, for the same worker.
     */
    public UnlockedVault rewrite(UnlockedVault open, java.util.function.Consumer<org.jooq.DSLContext> change,
                                 Function<Store, CheckReport> finish) {
        byte[] key = open.databaseKeyCopy();
        try {
            KeySlots slots = readSlots();
            requireIntact(slots, key);
            KeySlot slot = slots.workers().stream().filter(s -> s.id().equals(open.workerId())).findFirst()
                    .orElseThrow(() -> new VaultException(VaultException.Reason.UNKNOWN_WORKER));
            deleteRewriteLeftover();
            char[] hex = Secrets.hex(key);
            try {
                open.store().copyTo(rewriteDatabaseBase(), hex, change);
                try (Store copy = Store.open(rewriteDatabaseBase(), hex, Sealer.forDatabaseKey(key),
                        Store.Access.READ_WRITE)) {
                    requireSameVault(copy, slots);
                    CheckReport report = finish.apply(copy);
                    if (!report.healthy()) {
                        LOG.warn("rewrite: the new database fails its check ({} problems)", report.problems().size());
                        throw new VaultException(VaultException.Reason.DATABASE_DAMAGED);
                    }
                }
                OwnerOnly.restrict(rewriteDatabaseFile());
            } catch (StoreException e) {
                throw new VaultException(VaultException.Reason.DATABASE_DAMAGED, e);
            } catch (IOException e) {
                throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, e);
            } finally {
                Secrets.zero(hex);
            }
            open.close();
            swapIn();
            LOG.info("database rewritten and swapped in");
            return open(slots, slot, key.clone(), Store.Access.READ_WRITE);
        } catch (RuntimeException e) {
            deleteRewriteLeftoverQuietly();
            throw e;
        } finally {
            Secrets.zero(key);
        }
    }

    /**
     * The commit of {@link #rewrite}: one rename; the old file, still held open, is overwritten afterwards. Where a
     * file held open cannot be renamed over (Windows may refuse), the rename is made without holding it, and the old
     * pages go with the file only.
     */
    private void swapIn() {
        try (java.nio.channels.FileChannel old = java.nio.channels.FileChannel.open(dir.databaseFile(),
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            try {
                moveRewriteIn();
            } catch (IOException e) {
                old.close();
                LOG.info("rewrite: renamed in without holding the old file ({})", e.getClass().getSimpleName());
                moveRewriteIn();
                return;
            }
            OldFileWipe.overwrite(old);
        } catch (IOException e) {
            if (Files.exists(rewriteDatabaseFile())) {
                throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, e);
            }
            // The new file is in place; only the overwrite of the old one failed.
            LOG.warn("rewrite: the old file was not overwritten ({})", e.getClass().getSimpleName());
        }
    }

    private void moveRewriteIn() throws IOException {
        Files.move(rewriteDatabaseFile(), dir.databaseFile(), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        syncFolder();
    }

    private Path rewriteDatabaseBase() {
        return dir.root().resolve("baken-rewrite");
    }

    private Path rewriteDatabaseFile() {
        return dir.root().resolve("baken-rewrite.mv.db");
    }

    /** A rewrite's new file that was never renamed in is a leftover of a crash: never committed, removed. */
    private void deleteRewriteLeftover() {
        try {
            if (Files.deleteIfExists(rewriteDatabaseFile())) {
                LOG.info("rewrite: leftover of a rewrite that never committed removed");
            }
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, e);
        }
    }

    private void deleteRewriteLeftoverQuietly() {
        try {
            Files.deleteIfExists(rewriteDatabaseFile());
        } catch (IOException e) {
            LOG.warn("rewrite: leftover not removed ({})", e.getClass().getSimpleName());
        }
    }

    /** The recovery code typed to be kept must open the recovery slot as it is now. */
    private static void requireRecoveryCode(KeySlots slots, char[] normalised) {
        KeySlot rescue = slots.recovery().orElseThrow(
                () -> new VaultException(VaultException.Reason.WRONG_RECOVERY_CODE));
        byte[] check = normalised.length == 0 ? null : unwrap(rescue, normalised).orElse(null);
        if (check == null) {
            throw new VaultException(VaultException.Reason.WRONG_RECOVERY_CODE);
        }
        Secrets.zero(check);
    }

    private Path rekeyDatabaseBase() {
        return dir.root().resolve("baken-rekey");
    }

    private Path rekeyDatabaseFile() {
        return dir.root().resolve("baken-rekey.mv.db");
    }

    private Path rekeyMarker() {
        return dir.root().resolve("rekey.pending");
    }

    private static byte[] markerFor(byte[] key) {
        try {
            javax.crypto.Mac hmac = javax.crypto.Mac.getInstance("HmacSHA256");
            hmac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return hmac.doFinal("baken rekey pending v1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private void writePendingMarker(byte[] newKey) {
        try {
            AtomicFiles.write(rekeyMarker(), markerFor(newKey));
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_UNWRITABLE, e);
        }
    }

    private void deleteRekeyLeftovers() {
        try {
            Files.deleteIfExists(rekeyDatabaseFile());
            Files.deleteIfExists(rekeyMarker());
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_UNWRITABLE, e);
        }
    }

    /**
     * A rekey's marker names the key of its new database. With the key the (MAC-checked) slots gave: when it
     * matches, the slots were committed and the new file is moved in (or was already); when not, the rekey never
     * committed and its new file is a leftover, removed. Read-only ({@code write} false) only says which file to open.
     */
    private Path finishRekey(byte[] key, boolean write) {
        if (!Files.exists(rekeyMarker())) {
            return dir.databaseBase();
        }
        boolean committed;
        try {
            committed = java.security.MessageDigest.isEqual(Files.readAllBytes(rekeyMarker()), markerFor(key));
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_UNREADABLE, e);
        }
        if (!write) {
            return committed && Files.exists(rekeyDatabaseFile()) ? rekeyDatabaseBase() : dir.databaseBase();
        }
        try {
            if (committed && Files.exists(rekeyDatabaseFile())) {
                Files.move(rekeyDatabaseFile(), dir.databaseFile(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                syncFolder();
                LOG.info("rekey: new database moved in");
            } else if (!committed) {
                Files.deleteIfExists(rekeyDatabaseFile());
                LOG.info("rekey: leftover of a rekey that never committed removed");
            }
            Files.deleteIfExists(rekeyMarker());
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, e);
        }
        return dir.databaseBase();
    }

    private void finishRekey(byte[] key) {
        finishRekey(key, true);
    }

    private void syncFolder() {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(dir.root(),
                java.nio.file.StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("folder sync not available ({})", e.getClass().getSimpleName());
        }
    }

    private UnlockedVault unlockAnyWorker(char[] passphrase, Store.Access access, boolean keepRefusal) {
        KeySlots slots = readSlots();
        for (KeySlot slot : slots.workers()) {
            Optional<byte[]> key = unwrap(slot, passphrase);
            if (key.isPresent()) {
                UnlockedVault unlocked = open(slots, slot, key.get(), access);
                if (access == Store.Access.READ_WRITE) {
                    rebindLegacySlot(slots, slot, passphrase, unlocked);
                }
                return unlocked;
            }
        }
        if (keepRefusal) {
            refused("", FailedUnlock.Kind.PASSPHRASE);
        }
        throw new VaultException(VaultException.Reason.WRONG_PASSPHRASE);
    }

    /** "Forgot passphrase": the recovery code opens the vault and sets a new passphrase for the worker. */
    public UnlockedVault recover(char[] recoveryCode, String workerName, char[] newPassphrase) {
        requireAcceptable(newPassphrase);
        KeySlots slots = readSlots();
        KeySlot worker = slots.worker(workerName).orElseThrow(() -> new VaultException(VaultException.Reason.UNKNOWN_WORKER));
        KeySlot rescue = slots.recovery().orElseThrow(() -> new VaultException(VaultException.Reason.WRONG_RECOVERY_CODE));
        char[] normalised = RecoveryCode.normalise(recoveryCode);
        byte[] key;
        try {
            if (normalised.length == 0) {
                refused(worker.id(), FailedUnlock.Kind.RECOVERY_CODE);
                throw new VaultException(VaultException.Reason.WRONG_RECOVERY_CODE);
            }
            key = unwrap(rescue, normalised).orElseThrow(() -> {
                refused(worker.id(), FailedUnlock.Kind.RECOVERY_CODE);
                return new VaultException(VaultException.Reason.WRONG_RECOVERY_CODE);
            });
        } finally {
            Secrets.zero(normalised);
        }
        if (!slots.macMatches(key)) {
            Secrets.zero(key);
            throw new VaultException(VaultException.Reason.KEYSLOTS_TAMPERED);
        }
        KeySlot rewrapped = newSlot(worker.id(), KeySlot.Kind.WORKER, worker.name(), worker.admin(), newPassphrase, key);
        KeySlots updated;
        synchronized (SLOTS) {
            KeySlots now = readSlots();
            if (!now.macMatches(key)) {
                Secrets.zero(key);
                throw new VaultException(VaultException.Reason.KEYSLOTS_TAMPERED);
            }
            updated = now.with(rewrapped, key);
            KeySlotFile.write(dir.keySlotsFile(), updated);
        }
        LOG.info("recovery code used; slot {} re-wrapped", worker.id());
        return open(updated, rewrapped, key, Store.Access.READ_WRITE).openedWithRecoveryCode(true);
    }

    /** Re-wraps one worker's slot for a new passphrase; the database file is not touched. */
    public void changePassphrase(String workerName, char[] oldPassphrase, char[] newPassphrase) {
        requireAcceptable(newPassphrase);
        KeySlots slots = readSlots();
        KeySlot slot = slots.worker(workerName).orElseThrow(() -> new VaultException(VaultException.Reason.UNKNOWN_WORKER));
        byte[] key = unwrap(slot, oldPassphrase).orElseThrow(() -> new VaultException(VaultException.Reason.WRONG_PASSPHRASE));
        try {
            requireIntact(slots, key);
            KeySlot rewrapped = newSlot(slot.id(), KeySlot.Kind.WORKER, slot.name(), slot.admin(), newPassphrase, key);
            synchronized (SLOTS) {
                KeySlots now = readSlots();
                requireIntact(now, key);
                KeySlotFile.write(dir.keySlotsFile(), now.with(rewrapped, key));
            }
            LOG.info("passphrase changed for slot {}", slot.id());
        } finally {
            Secrets.zero(key);
        }
    }

    /** The administrator adds a worker: one new slot wrapping the same database key. Returns the new slot id. */
    public String addWorker(String adminName, char[] adminPassphrase, String newWorker, char[] newPassphrase) {
        byte[] key = adminKey(adminName, adminPassphrase);
        try {
            return addWorker(key, newWorker, newPassphrase);
        } finally {
            Secrets.zero(key);
        }
    }

    /** The administrator removes a worker: that slot is deleted, so that passphrase opens nothing any more. */
    public String removeWorker(String adminName, char[] adminPassphrase, String workerName) {
        byte[] key = adminKey(adminName, adminPassphrase);
        try {
            return removeWorker(key, workerName);
        } finally {
            Secrets.zero(key);
        }
    }

    String addWorker(byte[] key, String newWorker, char[] newPassphrase) {
        String name = checkedName(newWorker);
        requireAcceptable(newPassphrase);
        KeySlots slots = readSlots();
        requireIntact(slots, key);
        if (slots.worker(name).isPresent()) {
            throw new VaultException(VaultException.Reason.WORKER_EXISTS);
        }
        KeySlot slot = newSlot(KeySlot.Kind.WORKER, name, false, newPassphrase, key);
        synchronized (SLOTS) {
            KeySlots now = readSlots();
            requireIntact(now, key);
            if (now.worker(name).isPresent()) {
                throw new VaultException(VaultException.Reason.WORKER_EXISTS);
            }
            KeySlotFile.write(dir.keySlotsFile(), now.with(slot, key));
        }
        LOG.info("worker slot {} added", slot.id());
        return slot.id();
    }

    String removeWorker(byte[] key, String workerName) {
        KeySlots slots = readSlots();
        requireIntact(slots, key);
        KeySlot slot = slots.worker(workerName).orElseThrow(() -> new VaultException(VaultException.Reason.UNKNOWN_WORKER));
        if (slot.admin() && slots.workers().stream().filter(KeySlot::admin).count() == 1) {
            throw new VaultException(VaultException.Reason.LAST_ADMIN);
        }
        synchronized (SLOTS) {
            KeySlots now = readSlots();
            requireIntact(now, key);
            KeySlotFile.write(dir.keySlotsFile(), now.without(slot.id(), key));
        }
        LOG.info("worker slot {} removed", slot.id());
        return slot.id();
    }

    private byte[] adminKey(String adminName, char[] adminPassphrase) {
        KeySlots slots = readSlots();
        KeySlot admin = slots.worker(adminName).orElseThrow(() -> new VaultException(VaultException.Reason.UNKNOWN_WORKER));
        byte[] key = unwrap(admin, adminPassphrase).orElseThrow(() -> new VaultException(VaultException.Reason.WRONG_PASSPHRASE));
        if (!admin.admin()) {
            Secrets.zero(key);
            throw new VaultException(VaultException.Reason.NOT_ADMIN);
        }
        return key;
    }

    /** The audit log's head as the (MAC-checked) key slots anchor it, if they do yet. */
    Optional<ChainHead> auditHead(byte[] key) {
        KeySlots slots = readSlots();
        requireIntact(slots, key);
        return Optional.ofNullable(slots.auditHead());
    }

    /** Anchors the audit log at {@code head} in the key slots' MAC'd data; a head already further along stays. */
    void anchorAuditHead(byte[] key, ChainHead head) {
        synchronized (SLOTS) {
            KeySlots slots = readSlots();
            requireIntact(slots, key);
            if (slots.auditHead() != null && slots.auditHead().count() >= head.count()) {
                return;
            }
            KeySlotFile.write(dir.keySlotsFile(), slots.withAuditHead(head, key));
        }
    }

    /** The refused unlocks kept in the data directory since the last unlock that audited them. */
    List<FailedUnlock> failedUnlocks() {
        return new FailedUnlocks(dir.failedUnlocksFile()).read();
    }

    void forgetFailedUnlocks() {
        new FailedUnlocks(dir.failedUnlocksFile()).clear();
    }

    /** Keeps a refused unlock for the audit log: no key is at hand to write it into the vault now. */
    private void refused(String slotId, FailedUnlock.Kind kind) {
        new FailedUnlocks(dir.failedUnlocksFile()).add(new FailedUnlock(clock.instant(), slotId, kind));
    }

    private KeySlots readSlots() {
        VaultSwap.finishInterrupted(dir);
        if (!Files.exists(dir.keySlotsFile())) {
            throw new VaultException(Files.exists(dir.databaseFile())
                    ? VaultException.Reason.KEYSLOTS_MISSING : VaultException.Reason.NOT_SET_UP);
        }
        return KeySlotFile.read(dir.keySlotsFile());
    }

    private static void requireIntact(KeySlots slots, byte[] key) {
        if (!slots.macMatches(key)) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_TAMPERED);
        }
    }

    /**
     * Opens the database behind intact key slots. It is looked at read-only first (schema history present and
     * matching the known migrations, the vault id the slots name), so a damaged file is refused before H2 could
     * write to it; only then is it opened for work. A missing database is never recreated.
     */
    private UnlockedVault open(KeySlots slots, KeySlot slot, byte[] key, Store.Access access) {
        try {
            requireIntact(slots, key);
            Path base = finishRekey(key, access == Store.Access.READ_WRITE);
            if (access == Store.Access.READ_WRITE) {
                deleteRewriteLeftover();
            }
            if (!Files.exists(dir.databaseFile()) && base.equals(dir.databaseBase())) {
                finishSetup();
            }
            Sealer sealer = Sealer.forDatabaseKey(key);
            char[] hex = Secrets.hex(key);
            Store store;
            try {
                store = Store.open(base, hex, sealer, Store.Access.READ_ONLY);
                requireSameVault(store, slots);
                if (access == Store.Access.READ_WRITE) {
                    store.close();
                    store = Store.open(base, hex, sealer, Store.Access.READ_WRITE);
                    requireSameVault(store, slots);
                }
            } finally {
                Secrets.zero(hex);
            }
            LOG.info("vault {} by slot {}", access == Store.Access.READ_ONLY ? "opened read-only" : "unlocked", slot.id());
            return new UnlockedVault(this, slot.id(), slot.name(), slot.admin(), key, store);
        } catch (StoreException e) {
            Secrets.zero(key);
            LOG.warn("database refused: {} {}", e.reason(), e.where());
            throw new VaultException(switch (e.reason()) {
                case MISSING -> VaultException.Reason.DATABASE_MISSING;
                case IN_USE -> VaultException.Reason.DATABASE_IN_USE;
                default -> VaultException.Reason.DATABASE_DAMAGED;
            }, e);
        } catch (RuntimeException e) {
            Secrets.zero(key);
            throw e;
        }
    }

    /** The database must carry the vault id the (MAC-checked) key slots name; it is closed if not. */
    private static void requireSameVault(Store store, KeySlots slots) {
        if (!store.vaultId().map(slots.vaultId()::equals).orElse(false)) {
            store.close();
            throw StoreException.damaged("VAULT id");
        }
    }

    static Optional<byte[]> unwrap(KeySlot slot, char[] secret) {
        byte[] kek = Argon2Kdf.derive(secret, slot.kdf());
        try {
            Optional<byte[]> key = KeyWrap.unwrap(slot.wrappedKey(), kek, slot.nonce(), slot.associatedData());
            if (key.isEmpty() && slot.binding() == KeySlot.LEGACY_BINDING) {
                requireNotDowngraded(slot, kek);
            }
            return key;
        } finally {
            Secrets.zero(kek);
        }
    }

    /**
     * A slot that says "legacy" but opens under the current binding was a binding-2 slot edited back outside
     * Baken: that is a damaged file, not a wrong passphrase (one more GCM try, no more key derivation).
     */
    private static void requireNotDowngraded(KeySlot slot, byte[] kek) {
        KeySlot current = new KeySlot(slot.id(), slot.kind(), slot.name(), slot.admin(), slot.created(), slot.kdf(),
                slot.cipher(), KeySlot.BINDING, slot.nonce(), slot.wrappedKey());
        Optional<byte[]> key = KeyWrap.unwrap(slot.wrappedKey(), kek, slot.nonce(), current.associatedData());
        if (key.isPresent()) {
            Secrets.zero(key.get());
            throw new VaultException(VaultException.Reason.KEYSLOTS_DAMAGED);
        }
    }

    private KeySlot newSlot(KeySlot.Kind kind, String name, boolean admin, char[] secret, byte[] key) {
        return newSlot(UUID.randomUUID().toString(), kind, name, admin, secret, key);
    }

    private KeySlot newSlot(String id, KeySlot.Kind kind, String name, boolean admin, char[] secret, byte[] key) {
        byte[] salt = new byte[KdfParameters.SALT_BYTES];
        random.nextBytes(salt);
        byte[] nonce = new byte[KeyWrap.NONCE_BYTES];
        random.nextBytes(nonce);
        KdfParameters kdf = KdfParameters.defaults(salt);
        KeySlot unsealed = new KeySlot(id, kind, name, admin, clock.instant(), kdf, KeySlotFile.CIPHER,
                KeySlot.BINDING, nonce, new byte[0]);
        byte[] kek = Argon2Kdf.derive(secret, kdf);
        try {
            byte[] wrapped = KeyWrap.wrap(key, kek, nonce, unsealed.associatedData());
            return new KeySlot(id, kind, name, admin, unsealed.created(), kdf, KeySlotFile.CIPHER, KeySlot.BINDING,
                    nonce, wrapped);
        } finally {
            Secrets.zero(kek);
        }
    }

    private Path setupDatabaseBase() {
        return dir.root().resolve("baken-setup");
    }

    private void deleteSetupLeftovers() {
        try {
            dir.create();
            Files.deleteIfExists(dir.root().resolve("baken-setup.mv.db"));
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.KEYSLOTS_UNWRITABLE, e);
        }
    }

    /** A setup that failed leaves nothing: no half-made database, no key slots without their database. */
    private void undoSetup() {
        try {
            Files.deleteIfExists(dir.root().resolve("baken-setup.mv.db"));
            if (!Files.exists(dir.databaseFile())) {
                Files.deleteIfExists(dir.keySlotsFile());
            }
        } catch (IOException e) {
            LOG.warn("could not remove what a failed setup left: {}", e.getClass().getName());
        }
    }

    /** Moves the database made during setup into place; also completes a setup that a crash interrupted. */
    private void finishSetup() {
        Path made = dir.root().resolve("baken-setup.mv.db");
        if (!Files.exists(made)) {
            if (!Files.exists(dir.databaseFile())) {
                throw new VaultException(VaultException.Reason.DATABASE_MISSING);
            }
            return;
        }
        try {
            Files.move(made, dir.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, e);
        }
    }

    static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new VaultException(VaultException.Reason.INVALID_WORKER_NAME);
        }
        return trimmed;
    }

    private static void requireAcceptable(char[] passphrase) {
        if (!PassphrasePolicy.isAcceptable(passphrase)) {
            throw new VaultException(VaultException.Reason.PASSPHRASE_TOO_SHORT);
        }
    }
}
