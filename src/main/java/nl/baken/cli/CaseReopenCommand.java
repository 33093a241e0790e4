package nl.baken.cli;

import nl.baken.cases.CaseDeskException;
import nl.baken.cases.CaseFile;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code baken case reopen CASE}: opens a closed case again. */
@Command(name = "reopen")
final class CaseReopenCommand extends DeskAction {

    @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case-param")
    String caseId;

    @Override
    int act(UnlockedServices session) {
        CaseFile c = findCase(session, caseId);
        try {
            session.desk().reopen(c.id(), session.workerId());
        } catch (CaseDeskException e) {
            throw refused(e, c.reference(), 0);
        }
        printLine(messages.text("cli.case.reopen.done", c.reference()));
        return ExitCodes.OK;
    }
}
