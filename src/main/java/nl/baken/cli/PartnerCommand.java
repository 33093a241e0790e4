package nl.baken.cli;

import java.util.List;
import nl.baken.referral.LocalPartners;
import nl.baken.referral.Partner;
import nl.baken.referral.PartnerProblem;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baken partner ...}: the partner directory in the vault. */
@Command(name = "partner",
        subcommands = {PartnerCommand.ListPartners.class})
final class PartnerCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code baken partner list}: one partner a line, {@code ID<TAB>AUDIENCE<TAB>NAME}. */
    @Command(name = "list")
    static final class ListPartners extends SessionAction {

        @Override
        int act(UnlockedServices session) {
            List<PartnerProblem> problems = session.referrals().ensurePartners(messages, vault.directory().root());
            var out = spec.commandLine().getOut();
            for (Partner p : session.referrals().partners()) {
                out.println(p.id() + "\t" + p.audience() + "\t" + p.name());
            }
            return reportLocalProblems(problems);
        }

        /** A broken partners.yaml: each problem on stderr, then that it was not read; exit 1. */
        private int reportLocalProblems(List<PartnerProblem> problems) {
            if (problems.isEmpty()) {
                return ExitCodes.OK;
            }
            var err = spec.commandLine().getErr();
            problems.forEach(p -> err.println(p.format()));
            err.println(messages.text(LocalPartners.REFUSED_KEY, LocalPartners.FILE));
            err.flush();
            return ExitCodes.FAILURE;
        }
    }
}
