package nl.baken.cli;

import java.time.Clock;
import java.util.Arrays;
import nl.baken.referral.Partner;
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

        @Option(names = "--worker", paramLabel = "NAME", description = "Whose passphrase (default: try every worker).")
        String worker;

        @Override
        int act() {
            startLogging();
            char[] passphrase = secret("cli.vault.prompt.passphrase");
            try (UnlockedVault open = worker == null ? vault.unlockAnyWorker(passphrase)
                    : vault.unlock(worker, passphrase)) {
                ReferralService service = ReferralCommand.service(open, Clock.systemDefaultZone());
                service.ensureNationalPartners(messages);
                var out = spec.commandLine().getOut();
                for (Partner p : service.partners()) {
                    out.println(p.id() + "\t" + p.audience() + "\t" + p.name());
                }
                return ExitCodes.OK;
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
    }
}
