package nl.baken.cli;

import nl.baken.referral.Partner;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
    static final class ListPartners extends SessionAction {

        @Override
        int act(UnlockedServices session) {
            var out = spec.commandLine().getOut();
            for (Partner p : session.referrals().partners()) {
                out.println(p.id() + "\t" + p.audience() + "\t" + p.name());
            }
            return ExitCodes.OK;
        }
    }
}
