package nl.baken.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.baken.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a complete, checked vault folder in the place of the data directory (a restore over the vault on this
 * laptop, ADR 0017): two renames beside the data directory, the old folder first aside as {@code .NAME.replaced},
 * then the new one in. A kill between them leaves no data directory but the old one aside, which
 * {@link #finishInterrupted} moves back before anything reads the folder; after both it removes what is left aside.
 * The database must not be open anywhere (its file lock is tried first), so a running vault is never replaced.
 */
public final class VaultSwap {

    private static final Logger LOG = LoggerFactory.getLogger(VaultSwap.class);

    private VaultSwap() {
    }

    /** The sibling a staged vault for {@code dir} is made in: {@code .NAME.restored-ID}, beside the data directory. */
    public static Path stagingFor(DataDirectory dir, String id) {
        return dir.root().resolveSibling("." + dir.root().getFileName() + ".restored-" + id);
    }

    /**
     * Replaces the vault in {@code dir} by the complete vault folder {@code staged} (a sibling, see
     * {@link #stagingFor}). Refused with {@code DATABASE_IN_USE} while any process has the database open; any other
     * failure before the second rename puts the old folder back. The files {@code held} open in the folder are let
     * go for the renames and opened again after them, whatever the outcome.
     */
    public static void swap(DataDirectory dir, Path staged, HeldFiles held) {
        Path root = dir.root();
        Path aside = asideOf(dir);
        requireNotInUse(dir);
        held.release();
        try {
            deleteTree(aside);
            Files.move(root, aside, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(staged, root, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.move(aside, root, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            syncFolder(root.getParent());
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, e);
        } finally {
            held.reopen();
        }
        LOG.info("vault folder replaced by a restored one");
        deleteTree(aside);
    }

    /**
     * Finishes a swap that a crash interrupted: no data directory but the old one aside, it goes back; both there,
     * the swap was complete and the old one goes; either way the staged folders of that restore go. Two looks at the
     * file system when there is nothing to finish: called before every read of the key slots.
     */
    public static void finishInterrupted(DataDirectory dir) {
        Path aside = asideOf(dir);
        Path parent = dir.root().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        try {
            if (Files.isDirectory(aside)) {
                if (!Files.exists(dir.root())) {
                    Files.move(aside, dir.root(), StandardCopyOption.ATOMIC_MOVE);
                    syncFolder(parent);
                    LOG.info("an interrupted restore was undone: the old vault folder is back");
                } else {
                    deleteTree(aside);
                    LOG.info("the old vault folder of a finished restore was removed");
                }
                removeStaged(dir);
            }
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, e);
        }
    }

    /** Staged vault folders of restores that never swapped (a kill, or the worker went back), removed. */
    public static void removeStaged(DataDirectory dir) {
        // ".NAME.restored-ID", and "..NAME.restored-ID.restoring-ID" where a backup was still being loaded for it.
        String glob = "{,.}." + dir.root().getFileName() + ".restored-*";
        try (DirectoryStream<Path> staged = Files.newDirectoryStream(dir.root().getParent(), glob)) {
            for (Path p : staged) {
                deleteTree(p);
            }
        } catch (IOException e) {
            LOG.warn("could not look for staged restores: {}", e.getClass().getName());
        }
    }

    private static Path asideOf(DataDirectory dir) {
        return dir.root().resolveSibling("." + dir.root().getFileName() + ".replaced");
    }

    /**
     * H2 holds a lock on the open database file: when it can be taken here, nobody has it open (this JVM included).
     * It is let go before the renames, which some systems refuse on a folder with an open file. A file H2 failed to
     * open in this run (a damaged vault) is a special case: H2 leaves that file's channel and lock unclosed
     * (h2database issue 4186) until the garbage collector's cleaner closes the unreachable channel, so the collector
     * is asked to run, and the lock tried again for up to a few seconds.
     */
    public static void requireNotInUse(DataDirectory dir) {
        Path db = dir.databaseFile();
        if (!Files.exists(db)) {
            return;
        }
        boolean abandonedHere = Store.refusedInThisRun(db);
        for (int attempt = 0; ; attempt++) {
            if (abandonedHere) {
                collectAbandonedChannels();
            }
            LockProbe probe = probe(db);
            if (probe == LockProbe.FREE) {
                return;
            }
            if (probe == LockProbe.HELD_ELSEWHERE || !abandonedHere || attempt >= RELEASE_ATTEMPTS) {
                throw new VaultException(VaultException.Reason.DATABASE_IN_USE);
            }
        }
    }

    private static final int RELEASE_ATTEMPTS = 20;

    private enum LockProbe { FREE, HELD_HERE, HELD_ELSEWHERE }

    private static LockProbe probe(Path db) {
        try (FileChannel channel = FileChannel.open(db, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return LockProbe.HELD_ELSEWHERE;
            }
            lock.release();
            return LockProbe.FREE;
        } catch (OverlappingFileLockException e) {
            return LockProbe.HELD_HERE;
        } catch (IOException e) {
            throw new VaultException(VaultException.Reason.DATABASE_UNREADABLE, e);
        }
    }

    /** Runs the collector and gives the cleaner thread a moment to close what it found unreachable. */
    @SuppressWarnings("java:S1215") // the one way to close H2's abandoned channel; a damaged vault only
    private static void collectAbandonedChannels() {
        System.gc();
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VaultException(VaultException.Reason.DATABASE_IN_USE, e);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("folder sync not available ({})", e.getClass().getSimpleName());
        }
    }

    /** Removes a folder and everything in it; what cannot be removed now is logged and left for the next time. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not remove a folder: {}", e.getClass().getName());
        }
    }
}
