package nl.baken.cli;

import nl.baken.referral.ReferralException;
import nl.baken.session.UnlockedServices;
import nl.baken.store.StoreException;
import picocli.CommandLine.Command;

/**
 * {@code baken case access-export CASE --out FILE.pdf}: everything Baken keeps about the person of a case
 * (inzageverzoek) as a protected PDF; the password is printed once, on one line.
 */
@Command(name = "access-export")
final class CaseAccessExportCommand extends ReportExport {

    @Override
    int act(UnlockedServices session) {
        try {
            char[] password = session.reports().exportAccess(caseId, words(), out.toAbsolutePath(),
                    session.workerId());
            printPassword(password, "cli.report.access.saved");
            return ExitCodes.OK;
        } catch (ReferralException | StoreException e) {
            throw failed(e);
        }
    }
}
