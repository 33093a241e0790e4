package nl.baken.backup;

import static nl.baken.store.generated.Tables.CASE_FILE;
import static nl.baken.store.generated.Tables.INTAKE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.baken.vault.DataDirectory;
import nl.baken.vault.HeldFiles;
import nl.baken.vault.OwnerOnly;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultException;
import nl.baken.vault.VaultKey;
import nl.baken.vault.VaultSwap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup restored over the vault of this laptop (the unlock screen's "Back-up terugzetten", ADR 0017): first
 * {@link #read} says what would be replaced (the backup's counts against the vault's now), then {@link #restore}
 * loads and checks the backup in a new folder beside the data directory, copies the laptop's own files
 * (preferences, logs, added questionnaires) into it and swaps it in ({@link VaultSwap}). A failure or a kill before
 * the swap leaves the vault as it was; a vault open anywhere is never replaced.
 */
public final class RestoreInPlace {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreInPlace.class);
    /** What belongs to the vault and comes from the backup; everything else in the folder stays the laptop's. */
    private static final Set<String> VAULT_FILES = Set.of("keyslots.json", "rekey.pending");

    private final BackupService service;
    private final DataDirectory dataDir;
    private final HeldFiles held;

    /** {@code held}: what this process keeps open in the data directory (the app's log), let go for the swap. */
    public RestoreInPlace(BackupService service, DataDirectory dataDir, HeldFiles held) {
        this.service = service;
        this.dataDir = dataDir;
        this.held = held;
    }

    /** How many cases and intakes a vault holds. */
    public record Counts(long cases, long intakes) {
    }

    /**
     * A backup opened and read, ready to restore: its header, the vault's counts now (empty when this secret does
     * not open the vault of this laptop, or it is damaged), and the key, which {@link #close()} zeroes.
     */
    public static final class Prepared implements AutoCloseable {
        private final Path file;
        private final VaultKey key;
        private final BackupHeader backup;
        private final Optional<Counts> current;

        private Prepared(Path file, VaultKey key, BackupHeader backup, Optional<Counts> current) {
            this.file = file;
            this.key = key;
            this.backup = backup;
            this.current = current;
        }

        public BackupHeader backup() {
            return backup;
        }

        public Optional<Counts> current() {
            return current;
        }

        @Override
        public void close() {
            key.close();
        }
    }

    /**
     * Opens the backup with a worker's passphrase or the recovery code and reads its header and the vault's counts
     * now. Slow (Argon2id): off the FX thread. Refused when the vault is open anywhere.
     */
    public Prepared read(Path file, char[] secret) {
        VaultSwap.requireNotInUse(dataDir);
        VaultKey key = service.openKey(file, secret);
        try {
            BackupHeader header = service.header(file, key);
            return new Prepared(file, key, header, currentCounts(key, secret));
        } catch (RuntimeException e) {
            key.close();
            throw e;
        }
    }

    /** Restores what {@link #read} opened over the vault of this laptop, then closes {@code prepared}. */
    public BackupSummary restore(Prepared prepared) {
        try (prepared) {
            VaultSwap.requireNotInUse(dataDir);
            VaultSwap.removeStaged(dataDir);
            Path staged = VaultSwap.stagingFor(dataDir, UUID.randomUUID().toString());
            try {
                BackupSummary summary = service.restore(prepared.file, prepared.key, staged);
                copyLaptopFiles(staged);
                VaultSwap.swap(dataDir, staged, held);
                LOG.info("backup restored over the vault of this laptop");
                return summary;
            } catch (VaultException e) {
                throw e.reason() == VaultException.Reason.DATABASE_IN_USE ? e
                        : new BackupException(BackupException.Reason.UNWRITABLE, e);
            } finally {
                VaultSwap.deleteTree(staged);
            }
        }
    }

    /** The vault now, opened read-only with the backup's key (same key) or else with the secret; empty if neither. */
    private Optional<Counts> currentCounts(VaultKey key, char[] secret) {
        Vault vault = new Vault(dataDir);
        try (UnlockedVault open = vault.openForCheck(key)) {
            return Optional.of(countsOf(open));
        } catch (VaultException e) {
            if (e.reason() == VaultException.Reason.DATABASE_IN_USE) {
                throw e;
            }
        }
        try (UnlockedVault open = vault.openToCount(secret)) {
            return Optional.of(countsOf(open));
        } catch (VaultException e) {
            if (e.reason() == VaultException.Reason.DATABASE_IN_USE) {
                throw e;
            }
            LOG.info("the vault now is not counted ({})", e.reason());
            return Optional.empty();
        }
    }

    private static Counts countsOf(UnlockedVault open) {
        return new Counts(open.store().dsl().fetchCount(CASE_FILE), open.store().dsl().fetchCount(INTAKE));
    }

    /** Preferences, logs and added questionnaires stay the laptop's: copied into the restored folder. */
    private void copyLaptopFiles(Path staged) {
        Path root = dataDir.root();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path from : walk.toList()) {
                Path relative = root.relativize(from);
                if (from.equals(root) || isVaultFile(relative)) {
                    continue;
                }
                Path to = staged.resolve(relative.toString());
                if (Files.isDirectory(from)) {
                    OwnerOnly.createDirectories(to);
                } else if (!Files.exists(to)) {
                    Files.copy(from, to);
                    OwnerOnly.restrict(to);
                }
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.UNWRITABLE, e);
        }
    }

    private static boolean isVaultFile(Path relative) {
        String name = relative.getFileName().toString();
        return relative.getNameCount() == 1
                && (VAULT_FILES.contains(name) || name.endsWith(".mv.db") || name.endsWith(".trace.db"));
    }
}
