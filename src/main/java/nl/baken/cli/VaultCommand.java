package nl.baken.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import nl.baken.session.LogSetup;
import nl.baken.audit.AuditLog;
import nl.baken.i18n.Messages;
import nl.baken.store.CheckReport;
import nl.baken.store.StoreException;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.session.UnlockedServices;
import nl.baken.backup.VaultAuditAnchor;
import nl.baken.vault.PassphrasePolicy;
import nl.baken.vault.UnlockedVault;
import nl.baken.vault.Vault;
import nl.baken.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code baken vault ...}: the administrator's commands for the encrypted vault. */
@Command(name = "vault",
        subcommands = {
            VaultCommand.Init.class,
            VaultCommand.Check.class,
            VaultCommand.AddWorker.class,
            VaultCommand.RemoveWorker.class,
            VaultCommand.Passwd.class,
            VaultCommand.Rekey.class
        })
final class VaultCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Shared plumbing of the vault commands: the vault, its messages and secret input. */
    abstract static class VaultAction implements Callable<Integer> {
        @Mixin
        CommonOptions common;
        @Spec
        CommandSpec spec;

        Messages messages;
        SecretInput input;
        Vault vault;

        @Override
        public final Integer call() {
            messages = common.messages();
            input = SecretInput.system(spec.commandLine().getErr());
            vault = new Vault(common.dataDirectory());
            try {
                return act();
            } catch (VaultException e) {
                throw failure(e);
            }
        }

        abstract int act();

        /**
         * Logs go to the data directory only once it exists, so a mistyped path does not create folders. Baken's
         * own files in it are made owner-only, and a directory that others can read gets a warning on stderr.
         */
        void startLogging() {
            if (java.nio.file.Files.isDirectory(vault.directory().root())) {
                restrictFiles();
                LogSetup.toDirectory(vault.directory());
                if (vault.directory().othersHaveAccess()) {
                    spec.commandLine().getErr().println(
                            messages.text("problem.open_to_others", vault.directory().root()));
                }
            }
        }

        void restrictFiles() {
            try {
                vault.directory().restrictFiles();
            } catch (java.io.IOException e) {
                throw new VaultException(VaultException.Reason.KEYSLOTS_UNWRITABLE, e);
            }
        }

        void createDirectory() {
            try {
                vault.directory().create();
            } catch (java.io.IOException e) {
                throw new VaultException(VaultException.Reason.KEYSLOTS_UNWRITABLE, e);
            }
        }

        char[] secret(String promptKey) {
            char[] s = input.read(messages.text(promptKey));
            if (s == null) {
                throw new CliFailure(messages.text("cli.vault.no_input"), ExitCodes.FAILURE);
            }
            return s;
        }

        char[] newSecret(String promptKey) {
            char[] s = input.readNew(messages.text(promptKey), messages.text("cli.vault.prompt.again"));
            if (s == null) {
                throw new CliFailure(messages.text(input.interactive() ? "cli.vault.mismatch" : "cli.vault.no_input"),
                        ExitCodes.FAILURE);
            }
            return s;
        }

        CliFailure failure(VaultException e) {
            boolean wrong = e.reason() == VaultException.Reason.WRONG_PASSPHRASE
                    || e.reason() == VaultException.Reason.WRONG_RECOVERY_CODE;
            return new CliFailure(messages.text(e.reason().messageKey()),
                    wrong ? ExitCodes.WRONG_PASSPHRASE : ExitCodes.FAILURE);
        }

        /**
         * The one way the command line unlocks the vault for work: the named worker's passphrase (or, with no name,
         * every worker's in turn), then the session, which audits the unlock (and the refused ones kept since).
         */
        UnlockedServices openSession(String workerName, char[] passphrase, java.time.Clock clock) {
            UnlockedVault open = workerName == null ? vault.unlockAnyWorker(passphrase)
                    : vault.unlock(workerName, passphrase);
            try {
                return UnlockedServices.open(open, clock, vault.directory().root().resolve(QuestionnaireLibrary.FOLDER));
            } catch (RuntimeException e) {
                open.close();
                throw e;
            }
        }

        String firstAdministrator() {
            return vault.workerNames().stream().filter(vault::isAdministrator).findFirst()
                    .orElseThrow(() -> new VaultException(VaultException.Reason.NOT_ADMIN));
        }
    }

    /** {@code baken vault init --worker NAME}. */
    @Command(name = "init")
    static final class Init extends VaultAction {
        @Option(names = "--worker", required = true, paramLabel = "NAME")
        String worker;

        @Override
        int act() {
            char[] passphrase = newSecret("cli.vault.prompt.new_passphrase");
            char[] code = null;
            try {
                createDirectory();
                startLogging();
                code = vault.setUp(worker, passphrase);
                restrictFiles();
                var out = spec.commandLine().getOut();
                out.println(messages.text("cli.vault.init.done"));
                out.println(new String(code));
                out.println(messages.text("cli.vault.init.advice"));
                return ExitCodes.OK;
            } finally {
                Arrays.fill(passphrase, '\0');
                if (code != null) {
                    Arrays.fill(code, '\0');
                }
            }
        }
    }

    /** {@code baken vault check}: read-only, so it never changes the vault it reports on. */
    @Command(name = "check")
    static final class Check extends VaultAction {
        @Option(names = "--worker", paramLabel = "NAME")
        String worker;

        @Override
        int act() {
            startLogging();
            char[] passphrase = secret("cli.vault.prompt.passphrase");
            var err = spec.commandLine().getErr();
            try (UnlockedVault open = vault.openForCheck(worker, passphrase)) {
                CheckReport report = open.store().check(
                        VaultAuditAnchor.auditLog(open, java.time.Clock.systemUTC())::chainProblems);
                if (!report.healthy()) {
                    report.problems().forEach(err::println);
                    throw new CliFailure(messages.text("cli.vault.check.failed"), ExitCodes.FAILURE);
                }
                spec.commandLine().getOut().println("OK (" + report.counts() + ")");
                return ExitCodes.OK;
            } catch (VaultException e) {
                if (e.getCause() instanceof StoreException damage && !damage.where().isEmpty()) {
                    err.println(damage.where());
                }
                throw e;
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** Shared part of the administrator's worker commands: unlock as the administrator, change, audit, report. */
    abstract static class AdminAction extends VaultAction {
        @Option(names = "--admin", paramLabel = "NAME")
        String admin;

        /** Changes the key slots with the vault open; returns the id of the slot changed. */
        abstract String change(UnlockedVault open);

        abstract String auditEvent();

        abstract String doneKey();

        /** What follows the change with the vault still open (removing a worker rekeys). */
        void afterChange(UnlockedVault open, char[] adminPass) {
        }

        /**
         * The rekey (ADR 0012): every other worker's current passphrase is asked, one by one (an empty answer drops
         * that worker's slot: the administrator adds them again); then a new database key, the database rewritten
         * and checked, every slot re-wrapped, and a new recovery code, printed once. {@code open} is locked by it.
         */
        void rekey(UnlockedVault open, char[] adminPass) {
            java.util.Map<String, char[]> keep = new java.util.LinkedHashMap<>();
            keep.put(open.workerName(), adminPass.clone());
            char[] code = null;
            try {
                for (String name : vault.workerNames()) {
                    if (name.equals(open.workerName())) {
                        continue;
                    }
                    char[] p = input.read(messages.text("cli.vault.rekey.prompt_worker", name));
                    if (p != null && p.length > 0) {
                        keep.put(name, p);
                    } else {
                        spec.commandLine().getErr().println(messages.text("cli.vault.rekey.worker_dropped", name));
                    }
                }
                java.time.Clock clock = java.time.Clock.systemUTC();
                String by = open.workerId();
                code = vault.rekey(open, keep, store -> {
                    AuditLog audit = new AuditLog(store, clock);
                    audit.record(by, "VAULT_REKEY", null);
                    return store.check(audit::chainProblems);
                });
                var out = spec.commandLine().getOut();
                out.println(messages.text("cli.vault.rekey.done"));
                out.println(new String(code));
                out.println(messages.text("cli.vault.init.advice"));
            } finally {
                keep.values().forEach(p -> Arrays.fill(p, '\0'));
                if (code != null) {
                    Arrays.fill(code, '\0');
                }
            }
        }

        @Override
        int act() {
            startLogging();
            String adminName = admin == null ? firstAdministrator() : admin;
            char[] adminPass = secret("cli.vault.prompt.admin_passphrase");
            try (UnlockedServices session = openSession(adminName, adminPass, java.time.Clock.systemUTC())) {
                UnlockedVault open = session.vault();
                String id = change(open);
                session.audit().record(open.workerId(), auditEvent(), id);
                spec.commandLine().getOut().println(messages.text(doneKey()));
                afterChange(open, adminPass);
                return ExitCodes.OK;
            } finally {
                Arrays.fill(adminPass, '\0');
            }
        }
    }

    /** {@code baken vault add-worker NAME}. */
    @Command(name = "add-worker")
    static final class AddWorker extends AdminAction {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "name-param")
        String name;

        @Override
        String change(UnlockedVault open) {
            char[] newPass = newSecret("cli.vault.prompt.worker_passphrase");
            try {
                return open.addWorker(name, newPass);
            } finally {
                Arrays.fill(newPass, '\0');
            }
        }

        @Override
        String auditEvent() {
            return "WORKER_ADD";
        }

        @Override
        String doneKey() {
            return "cli.vault.worker_added";
        }
    }

    /** {@code baken vault remove-worker NAME}. */
    @Command(name = "remove-worker")
    static final class RemoveWorker extends AdminAction {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "name-param")
        String name;

        @Option(names = "--no-rekey")
        boolean noRekey;

        @Override
        String change(UnlockedVault open) {
            return open.removeWorker(name);
        }

        @Override
        void afterChange(UnlockedVault open, char[] adminPass) {
            if (!noRekey) {
                rekey(open, adminPass);
            }
        }

        @Override
        String auditEvent() {
            return "WORKER_REMOVE";
        }

        @Override
        String doneKey() {
            return "cli.vault.worker_removed";
        }
    }

    /** {@code baken vault rekey}: a new database key, the database rewritten under it, every slot re-wrapped. */
    @Command(name = "rekey")
    static final class Rekey extends AdminAction {
        @Override
        String change(UnlockedVault open) {
            return null;
        }

        @Override
        String auditEvent() {
            return "VAULT_REKEY_START";
        }

        @Override
        String doneKey() {
            return "cli.vault.rekey.start";
        }

        @Override
        void afterChange(UnlockedVault open, char[] adminPass) {
            rekey(open, adminPass);
        }
    }

    /** {@code baken vault passwd}: re-wraps one slot; the database file is not touched. */
    @Command(name = "passwd")
    static final class Passwd extends VaultAction {
        @Option(names = "--worker", paramLabel = "NAME")
        String worker;

        @Override
        int act() {
            startLogging();
            String name = worker;
            if (name == null) {
                List<String> names = vault.workerNames();
                if (names.size() != 1) {
                    throw new CliFailure(messages.text("cli.vault.name_worker"), ExitCodes.USAGE);
                }
                name = names.get(0);
            }
            char[] current = secret("cli.vault.prompt.passphrase");
            char[] next = null;
            try {
                next = newSecret("cli.vault.prompt.new_passphrase");
                if (!PassphrasePolicy.isAcceptable(next)) {
                    throw new VaultException(VaultException.Reason.PASSPHRASE_TOO_SHORT);
                }
                // Through the session, so the change is audited like every other unlock and change.
                try (UnlockedServices session = openSession(name, current, java.time.Clock.systemUTC())) {
                    session.vault().changeOwnPassphrase(current, next);
                    session.audit().record(session.workerId(), "PASSPHRASE_CHANGE", session.workerId());
                }
                spec.commandLine().getOut().println(messages.text("cli.vault.passphrase_changed"));
                return ExitCodes.OK;
            } finally {
                Arrays.fill(current, '\0');
                if (next != null) {
                    Arrays.fill(next, '\0');
                }
            }
        }
    }
}
