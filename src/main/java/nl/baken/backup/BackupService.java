package nl.baken.backup;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.INTAKE;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import nl.baken.store.CheckReport;
import nl.baken.store.Store;
import nl.baken.store.StoreException;
import nl.baken.vault.AtomicFiles;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.OwnerOnly;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultException;
import nl.baken.vault.VaultKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup, verify and all-or-nothing restore (ADR 0012). A backup is one file: the key slots in clear (the key is
 * opened from them by any worker's passphrase or the recovery code), then an online snapshot of the database sealed
 * with AES-256-GCM in chunks under a key derived from the database key. No plaintext of the database is written to
 * any file: the snapshot goes from H2 to the sealed chunks in memory, and back into an encrypted H2 file.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private final Clock clock;
    private final SecureRandom random;
    private final String bakenVersion;

    public BackupService(Clock clock, SecureRandom random, String bakenVersion) {
        this.clock = clock;
        this.random = random;
        this.bakenVersion = bakenVersion;
    }

    /**
     * Makes a backup of the open vault at {@code out} (which must not exist), then verifies it (every chunk, the
     * snapshot opened and checked in a temporary folder) and records the time of this verified backup.
     */
    public BackupSummary create(UnlockedVault open, Path out, Progress progress) {
        write(open, out, progress);
        return verifyMade(open, out);
    }

    /**
     * Writes a backup of the open vault at {@code out} (which must not exist), not yet verified: a hidden part file
     * beside it, forced to disk, renamed into place. Returns what its header says.
     */
    public BackupHeader write(UnlockedVault open, Path out, Progress progress) {
        if (Files.exists(out)) {
            throw new BackupException(BackupException.Reason.FILE_EXISTS);
        }
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + out.getFileName() + "." + UUID.randomUUID() + ".part");
        try (VaultKey key = open.vaultKey()) {
            byte[] salt = new byte[BackupFormat.SALT_BYTES];
            random.nextBytes(salt);
            BackupFormat.Preamble preamble = new BackupFormat.Preamble(salt, key.keySlots());
            byte[] backupKey = key.derive(BackupFormat.KEY_INFO, salt);
            BackupHeader header;
            try {
                OwnerOnly.createFile(tmp);
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    OutputStream file = new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                    file.write(preamble.bytes());
                    SealedChunks.Writer sealed = new SealedChunks.Writer(file, backupKey, preamble.digest());
                    header = snapshot(open.store(), key.vaultId(), sealed, progress);
                    sealed.close();
                    file.flush();
                    ch.force(true);
                }
                move(tmp, out);
            } catch (IOException e) {
                throw new BackupException(BackupException.Reason.UNWRITABLE, e);
            } catch (java.io.UncheckedIOException e) {
                throw new BackupException(BackupException.Reason.UNWRITABLE, e);
            } finally {
                Arrays.fill(backupKey, (byte) 0);
                deleteQuietly(tmp);
            }
            LOG.info("backup written");
            return header;
        }
    }

    /**
     * Verifies a backup just written of the open vault ({@link #write}) with the key in memory (no Argon2id), and
     * records the time of this verified backup for the reminder.
     */
    public BackupSummary verifyMade(UnlockedVault open, Path out) {
        try (VaultKey key = open.vaultKey()) {
            BackupSummary summary = verify(out, key);
            new BackupReminder(new nl.baken.store.JooqSettingsRepository(open.store()), clock).recordVerified();
            return summary;
        }
    }

    private BackupHeader snapshot(Store store, String vaultId, SealedChunks.Writer sealed, Progress progress) {
        long[] rows = {0, 0};
        SnapshotStream.Out[] out = new SnapshotStream.Out[1];
        BackupHeader header = store.snapshot(dsl -> {
            long cases = dsl.fetchCount(CASE_FILE);
            long intakes = dsl.fetchCount(INTAKE);
            rows[1] = totalRows(dsl);
            BackupHeader made = new BackupHeader(BackupFormat.VERSION, clock.instant(), bakenVersion, vaultId, cases,
                    intakes);
            try {
                out[0] = new SnapshotStream.Out(sealed, made);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return made;
        }, sql -> {
            out[0].statement(sql);
            if (sql.startsWith("INSERT INTO ")) {
                rows[0] += 1 + countRowSeparators(sql);
                progress.rows(rows[0], rows[1]);
            }
        });
        try {
            out[0].finish();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return header;
    }

    private static long totalRows(org.jooq.DSLContext dsl) {
        long total = 0;
        for (org.jooq.Table<?> t : nl.baken.store.generated.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            total += dsl.fetchCount(t);
        }
        return total;
    }

    /** SCRIPT writes several rows per INSERT, separated by {@code ,\n(}. */
    private static long countRowSeparators(String sql) {
        long n = 0;
        for (int i = sql.indexOf(",\n("); i >= 0; i = sql.indexOf(",\n(", i + 3)) {
            n++;
        }
        return n;
    }

    /** Verifies a backup with a worker's passphrase or the recovery code (see {@link VaultKey#open}). */
    public BackupSummary verify(Path file, char[] secret) {
        try (VaultKey key = openKey(file, secret)) {
            return verify(file, key);
        }
    }

    /**
     * Restores a backup into {@code target}, which must not exist or be an empty folder: the snapshot is loaded into
     * a new sibling folder, checked, and only then moved into place in one rename. A failure, or a kill, leaves
     * nothing at {@code target}; a leftover sibling from a killed restore is removed by the next one.
     */
    public BackupSummary restore(Path file, char[] secret, Path target) {
        requireEmpty(target.toAbsolutePath().normalize());
        try (VaultKey key = openKey(file, secret)) {
            return restore(file, key, target);
        }
    }

    /** {@link #restore(Path, char[], Path)} with the key already open (the damage test pays Argon2id once). */
    BackupSummary restore(Path file, VaultKey key, Path target) {
        Path where = target.toAbsolutePath().normalize();
        requireEmpty(where);
        {
            Path parent = where.getParent();
            removeLeftovers(parent, where.getFileName().toString());
            Path work = parent.resolve("." + where.getFileName() + ".restoring-" + UUID.randomUUID());
            try {
                BackupSummary summary = load(file, key, work);
                record(new DataDirectory(work), key, "BACKUP_RESTORE");
                requireEmpty(where);
                moveInto(work, where);
                LOG.info("backup restored");
                return summary;
            } finally {
                deleteTree(work);
            }
        }
    }

    /**
     * Opens a backup's key with a worker's passphrase or the recovery code (Argon2id: off the FX thread), for the
     * steps that follow with the key already open ({@link #header}, {@link RestoreInPlace}); the caller closes it.
     */
    public VaultKey openKey(Path file, char[] secret) {
        BackupFormat.Preamble preamble;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            preamble = BackupFormat.Preamble.read(in);
        } catch (NoSuchFileException e) {
            throw new BackupException(BackupException.Reason.UNREADABLE, e);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.UNREADABLE, e);
        }
        try {
            return VaultKey.open(preamble.keySlots(), secret);
        } catch (VaultException e) {
            throw new BackupException(e.reason() == VaultException.Reason.WRONG_PASSPHRASE
                    ? BackupException.Reason.WRONG_SECRET : BackupException.Reason.DAMAGED, e);
        }
    }

    /**
     * What a backup says about itself (its first sealed chunk, authenticated): what a restore would bring back,
     * read before the rest is. The whole file is authenticated only by {@link #verify} or a restore.
     */
    public BackupHeader header(Path file, VaultKey key) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(raw);
            BackupFormat.Preamble preamble = BackupFormat.Preamble.read(in);
            if (!Arrays.equals(preamble.keySlots(), key.keySlots())) {
                throw new BackupException(BackupException.Reason.DAMAGED);
            }
            byte[] backupKey = key.derive(BackupFormat.KEY_INFO, preamble.salt());
            try {
                return new SnapshotStream.In(new SealedChunks.Reader(in, backupKey, preamble.digest())).header();
            } finally {
                Arrays.fill(backupKey, (byte) 0);
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.UNREADABLE, e);
        }
    }

    /** Verifies with the key already open: every chunk authenticated, the snapshot loaded and checked, then gone. */
    public BackupSummary verify(Path file, VaultKey key) {
        Path work;
        try {
            work = Files.createTempDirectory("baken-verify-",
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            try {
                work = Files.createTempDirectory("baken-verify-");
                OwnerOnly.restrict(work);
            } catch (IOException io) {
                throw new BackupException(BackupException.Reason.UNWRITABLE, io);
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.UNWRITABLE, e);
        }
        try {
            return load(file, key, work.resolve("vault"));
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Loads the snapshot into a new vault folder {@code work} (created here, owner-only): the key slots, the
     * database rebuilt from the statements, then the full vault check (audit chain included) and the counts of the
     * header. Any failure leaves {@code work} for the caller to remove.
     */
    private BackupSummary load(Path file, VaultKey current, Path work) {
        BackupFormat.Preamble preamble;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            preamble = BackupFormat.Preamble.read(new DataInputStream(raw));
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.UNREADABLE, e);
        }
        // The backup's own key slots, authenticated by this key: the live keyslots.json may differ by now (the audit
        // anchor moves with every entry, a worker may have been added), so their bytes are not compared.
        VaultKey key;
        try {
            key = Arrays.equals(preamble.keySlots(), current.keySlots()) ? current : current.over(preamble.keySlots());
        } catch (VaultException e) {
            throw new BackupException(BackupException.Reason.DAMAGED, e);
        }
        try {
            return load(file, key, work, preamble);
        } finally {
            if (key != current) {
                key.close();
            }
        }
    }

    private BackupSummary load(Path file, VaultKey key, Path work, BackupFormat.Preamble read) {
        BackupFormat.Preamble preamble;
        BackupHeader header;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            DataInputStream in = new DataInputStream(raw);
            preamble = BackupFormat.Preamble.read(in);
            if (!Arrays.equals(preamble.keySlots(), key.keySlots()) || !Arrays.equals(preamble.keySlots(), read.keySlots())) {
                throw new BackupException(BackupException.Reason.DAMAGED);
            }
            byte[] backupKey = key.derive(BackupFormat.KEY_INFO, preamble.salt());
            SnapshotStream.In snapshot;
            try {
                snapshot = new SnapshotStream.In(new SealedChunks.Reader(in, backupKey, preamble.digest()));
            } finally {
                Arrays.fill(backupKey, (byte) 0);
            }
            header = snapshot.header();
            if (!header.vaultId().equals(key.vaultId())) {
                throw new BackupException(BackupException.Reason.DAMAGED);
            }
            DataDirectory dir = new DataDirectory(work);
            OwnerOnly.createDirectories(work);
            AtomicFiles.write(dir.keySlotsFile(), preamble.keySlots());
            char[] hex = key.fileKey();
            try {
                Store.load(dir.databaseBase(), hex, snapshot.statements());
            } finally {
                Arrays.fill(hex, '\0');
            }
            OwnerOnly.restrict(dir.databaseFile());
            if (!snapshot.complete()) {
                throw new BackupException(BackupException.Reason.DAMAGED);
            }
        } catch (StoreException e) {
            throw new BackupException(BackupException.Reason.DAMAGED, e);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.UNREADABLE, e);
        }
        return check(new DataDirectory(work), key, header, sizeOf(file));
    }

    /**
     * Records {@code event} (BACKUP_RESTORE, BACKUP_VERIFY) in the audit log of the vault in {@code dir}, by the
     * worker whose passphrase (or the recovery slot, whose code) opened {@code key}, anchored in its key slots.
     * A restore records itself in the restored vault before it is moved into place.
     */
    public void record(DataDirectory dir, VaultKey key, String event) {
        try (UnlockedVault vault = new Vault(dir, random, clock).unlock(key)) {
            VaultAuditAnchor.auditLog(vault, clock).record(key.openedBy(), event, null);
        } catch (VaultException e) {
            throw e.reason() == VaultException.Reason.DATABASE_IN_USE ? e
                    : new BackupException(BackupException.Reason.UNWRITABLE, e);
        } catch (StoreException e) {
            throw new BackupException(BackupException.Reason.UNWRITABLE, e);
        }
    }

    /**
     * Checks a backup's snapshot, opened read-only: its anchor is read, never moved. The slots were read before the
     * snapshot was taken and an anchor never leads its log, so a snapshot that lacks entries the anchor counts fails.
     */
    private BackupSummary check(DataDirectory dir, VaultKey key, BackupHeader header, long bytes) {
        try (UnlockedVault restored = new Vault(dir).openForCheck(key)) {
            CheckReport report = restored.store().check(
                    VaultAuditAnchor.auditLog(restored, clock)::chainProblems);
            long cases = restored.store().dsl().fetchCount(CASE_FILE);
            long intakes = restored.store().dsl().fetchCount(INTAKE);
            if (!report.healthy() || cases != header.cases() || intakes != header.intakes()) {
                LOG.warn("restored snapshot fails its check ({} problems)", report.problems().size());
                throw new BackupException(BackupException.Reason.CHECK_FAILED);
            }
            return new BackupSummary(header, report, bytes);
        } catch (VaultException e) {
            throw new BackupException(BackupException.Reason.CHECK_FAILED, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void requireEmpty(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BackupException(BackupException.Reason.TARGET_NOT_EMPTY);
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (entries.iterator().hasNext()) {
                throw new BackupException(BackupException.Reason.TARGET_NOT_EMPTY);
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.UNREADABLE, e);
        }
    }

    /** One rename puts the checked folder in place; an empty target folder is removed first where rename cannot. */
    private static void moveInto(Path work, Path target) {
        try {
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException
                     | AtomicMoveNotSupportedException e) {
                Files.delete(target);
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            }
            syncFolder(target.getParent());
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.UNWRITABLE, e);
        }
    }

    private static void move(Path tmp, Path out) throws IOException {
        try {
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, out);
        }
        syncFolder(out.toAbsolutePath().getParent());
    }

    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("folder sync not available ({})", e.getClass().getSimpleName());
        }
    }

    private static void removeLeftovers(Path parent, String name) {
        if (!Files.isDirectory(parent)) {
            throw new BackupException(BackupException.Reason.UNWRITABLE);
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "." + name + ".restoring-*")) {
            for (Path p : entries) {
                deleteTree(p);
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.UNWRITABLE, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(BackupService::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not remove a temporary folder: {}", e.getClass().getName());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not remove a temporary file: {}", e.getClass().getName());
        }
    }
}
