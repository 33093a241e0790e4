package nl.baken.cli;

import nl.baken.cases.ReflectionDeadline;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;

/**
 * {@code baken case deadlines}: one line per running reflection period, by end date, tab-separated: end date, case
 * reference, days left (0 on the last day, negative after it).
 */
@Command(name = "deadlines")
final class CaseDeadlinesCommand extends DeskAction {

    @Override
    int act(UnlockedServices session) {
        session.audit().record(session.workerId(), "DEADLINE_LIST_VIEW", null);
        StringBuilder out = new StringBuilder();
        for (ReflectionDeadline d : session.desk().deadlines()) {
            out.append(d.end()).append('\t').append(d.caseReference()).append('\t').append(d.daysLeft()).append('\n');
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
