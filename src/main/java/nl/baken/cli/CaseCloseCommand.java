package nl.baken.cli;

import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseDeskException;
import nl.baken.cases.CaseFile;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code baken case close CASE --reason TEXT}: closes an open case with a short reason. */
@Command(name = "close")
final class CaseCloseCommand extends DeskAction {

    @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case-param")
    String caseId;

    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;

    @Override
    void prepare() {
        if (!FROM_STDIN.equals(reason)) {
            check(reason);
        }
    }

    @Override
    int act(UnlockedServices session) {
        CaseFile c = findCase(session, caseId);
        String given = text(reason);
        try {
            session.desk().close(c.id(), given, session.workerId());
        } catch (CaseDeskException e) {
            throw refused(e, c.reference(), CaseDesk.MAX_REASON);
        }
        printLine(messages.text("cli.case.close.done", c.reference()));
        return ExitCodes.OK;
    }

    private void check(String value) {
        try {
            CaseDesk.requireText(value, CaseDesk.MAX_REASON, true);
        } catch (CaseDeskException e) {
            throw refused(e, "", CaseDesk.MAX_REASON);
        }
    }
}
