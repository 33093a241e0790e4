package nl.baken.cli;

import nl.baken.referral.ReferralException;
import nl.baken.reports.CaseReports;
import nl.baken.session.UnlockedServices;
import nl.baken.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baken comensha ...}: the registration of signals with CoMensha. */
@Command(name = "comensha",
        subcommands = {ComenshaCommand.Export.class})
final class ComenshaCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code baken comensha export CASE --out FILE.pdf}: the registration as a protected PDF, only with
     * {@code comensha} consent in force and the signed form received (exit 4 and one line otherwise); the password
     * is printed once, and what the case still lacks is named on standard error.
     */
    @Command(name = "export")
    static final class Export extends ReportExport {

        @Override
        int act(UnlockedServices session) {
            try {
                CaseReports.ComenshaExport export = session.reports().exportComensha(caseId, words(),
                        out.toAbsolutePath(), session.workerId(), session.vault().workerName());
                if (export.refusal().isPresent()) {
                    throw new CliFailure(messages.text(export.refusal().get().messageKey()), ExitCodes.NO_CONSENT);
                }
                printPassword(export.password(), "cli.report.comensha.saved");
                if (!export.missing().isEmpty()) {
                    spec.commandLine().getErr().println(messages.text("cli.report.comensha.missing",
                            String.join(", ", export.missing())));
                }
                return ExitCodes.OK;
            } catch (ReferralException | StoreException e) {
                throw failed(e);
            }
        }
    }
}
