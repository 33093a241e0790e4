package nl.baken.cli;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import nl.baken.referral.LocalPartners;
import nl.baken.referral.Partner;
import nl.baken.referral.PartnerProblem;
import nl.baken.referral.ReferralService;
import nl.baken.vault.UnlockedVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baken partner ...}: the partner directory in the vault. */
@Command(name = "partner", description = "The care partners referrals can go to.",
        subcommands = {PartnerCommand.ListPartners.class})
final class PartnerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code baken partner list}: one partner a line, {@code ID<TAB>AUDIENCE<TAB>NAME}. */
    @Command(name = "list", description = "List the partners: id, audience and name, tab-separated.")
    static final class ListPartners extends VaultCommand.VaultAction {

        /** A broken partners.yaml: each problem on stderr, then that it was not read; exit 1. */
        private int reportLocalProblems(List<PartnerProblem> problems) {
            if (problems.isEmpty()) {
                return ExitCodes.OK;
            }
            var err = spec.commandLine().getErr();
            problems.forEach(p -> err.println(p.format()));
            err.println(messages.text("partner.local_refused", LocalPartners.FILE));
            err.flush();
            return ExitCodes.FAILURE;
        }

        @Option(names = "--worker", paramLabel = "NAME", description = "Whose passphrase (default: try every worker).")
        String worker;

        @Override
        int act() {
            startLogging();
            char[] passphrase = secret("cli.vault.prompt.passphrase");
            try (UnlockedVault open = worker == null ? vault.unlockAnyWorker(passphrase)
                    : vault.unlock(worker, passphrase)) {
                ReferralService service = ReferralCommand.service(open, Clock.systemDefaultZone());
                List<PartnerProblem> problems = service.ensurePartners(messages, vault.directory().root());
                var out = spec.commandLine().getOut();
                for (Partner p : service.partners()) {
                    out.println(p.id() + "\t" + p.audience() + "\t" + p.name());
                }
                return reportLocalProblems(problems);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
    }
}
