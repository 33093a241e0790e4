package nl.baken.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import nl.baken.backup.BackupException;
import nl.baken.backup.BackupService;
import nl.baken.backup.BackupSummary;
import nl.baken.backup.Progress;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultException;
import nl.baken.vault.VaultKey;
import nl.baken.session.UnlockedServices;
import nl.baken.session.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code baken backup ...}: an encrypted backup of the vault, its verification, and an all-or-nothing restore. */
@Command(name = "backup",
        subcommands = {BackupCommand.Create.class, BackupCommand.Verify.class, BackupCommand.Restore.class})
final class BackupCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static BackupService service() {
        return new BackupService(Clock.systemUTC(), new SecureRandom(), Version.current());
    }

    static CliFailure backupFailure(nl.baken.i18n.Messages messages, BackupException e) {
        return new CliFailure(messages.text(e.reason().messageKey()), e.reason() == BackupException.Reason.WRONG_SECRET
                ? ExitCodes.WRONG_PASSPHRASE : ExitCodes.FAILURE);
    }

    static void printOk(PrintWriter out, nl.baken.i18n.Messages messages, BackupSummary summary) {
        out.println("OK (" + messages.text("cli.backup.counts", summary.header().cases(), summary.header().intakes(),
                summary.header().created().toString(), summary.check().counts()) + ")");
    }

    /** {@code baken backup create --out FILE [--quiet]}. */
    @Command(name = "create")
    static final class Create extends SessionAction {
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Option(names = "--quiet")
        boolean quiet;

        @Override
        int act(UnlockedServices session) {
            PrintWriter err = spec.commandLine().getErr();
            Progress progress = quiet ? Progress.NONE : new TerminalProgress(err, messages.text("cli.backup.progress"));
            try {
                BackupSummary summary = service().create(session.vault(), out, progress);
                if (!quiet) {
                    err.println();
                }
                session.audit().record(session.workerId(), "BACKUP_CREATE", null);
                printOk(spec.commandLine().getOut(), messages, summary);
                return ExitCodes.OK;
            } catch (BackupException e) {
                throw backupFailure(messages, e);
            }
        }
    }

    /**
     * {@code baken backup verify FILE}: asks a passphrase or the recovery code. The verify opens every personal value
     * in the backup, so it is recorded (BACKUP_VERIFY) in the audit log of the vault it is a backup of, when that is
     * the vault in the data directory, free and opened by the same key; otherwise stderr says it is not recorded.
     */
    @Command(name = "verify")
    static final class Verify extends VaultCommand.VaultAction {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file-param")
        Path file;

        @Override
        int act() {
            char[] secret = secret("cli.backup.prompt.secret");
            BackupService service = service();
            try (VaultKey key = service.openKey(file, secret)) {
                Arrays.fill(secret, '\0');
                BackupSummary summary = service.verify(file, key);
                recordIn(service, key);
                printOk(spec.commandLine().getOut(), messages, summary);
                return ExitCodes.OK;
            } catch (BackupException e) {
                throw backupFailure(messages, e);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }

        /** BACKUP_VERIFY in this laptop's vault when the backup is of it; a vault open elsewhere or another one is left. */
        private void recordIn(BackupService service, VaultKey key) {
            if (vault.state() != Vault.State.READY) {
                spec.commandLine().getErr().println(messages.text("cli.backup.verify.not_recorded"));
                return;
            }
            try {
                service.record(vault.directory(), key, "BACKUP_VERIFY");
            } catch (VaultException | BackupException e) {
                spec.commandLine().getErr().println(messages.text("cli.backup.verify.not_recorded"));
            }
        }
    }

    /** {@code baken backup restore FILE --data-dir NEW}: into an empty or new folder only. */
    @Command(name = "restore")
    static final class Restore extends VaultCommand.VaultAction {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file-param")
        Path file;

        @Override
        int act() {
            if (common.dataDir == null) {
                throw new CliFailure(messages.text("cli.backup.restore.name_target"), ExitCodes.USAGE);
            }
            char[] secret = secret("cli.backup.prompt.secret");
            try {
                BackupSummary summary = service().restore(file, secret, vault.directory().root());
                printOk(spec.commandLine().getOut(), messages, summary);
                spec.commandLine().getOut().println(messages.text("cli.backup.restore.done", vault.directory().root()));
                return ExitCodes.OK;
            } catch (BackupException e) {
                throw backupFailure(messages, e);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }
    }

    /** Progress on the terminal: one line rewritten in place, at most every 200 ms. */
    private static final class TerminalProgress implements Progress {
        private final PrintWriter err;
        private final String label;
        private long shown;

        TerminalProgress(PrintWriter err, String label) {
            this.err = err;
            this.label = label;
        }

        @Override
        public void rows(long done, long total) {
            long now = System.nanoTime();
            if (now - shown < 200_000_000L && done < total) {
                return;
            }
            shown = now;
            long percent = total <= 0 ? 0 : Math.min(100, done * 100 / total);
            err.print("\r" + label + " " + percent + " %");
            err.flush();
        }
    }
}
