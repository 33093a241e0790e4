package nl.baken.cli;

import java.time.LocalDate;
import java.util.Optional;
import nl.baken.cases.TaskWithCase;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baken case tasks [--due-before YYYY-MM-DD]}: one line per open task, by due date, tab-separated: due date,
 * case reference, task id, text. One query for all of them, however many cases there are.
 */
@Command(name = "tasks")
final class CaseTasksCommand extends DeskAction {

    @Option(names = "--due-before", paramLabel = "YYYY-MM-DD")
    String dueBefore;

    private Optional<LocalDate> before = Optional.empty();

    @Override
    void prepare() {
        before = optional(dueBefore).map(this::date);
    }

    @Override
    int act(UnlockedServices session) {
        session.audit().record(session.workerId(), "TASK_LIST_VIEW", null);
        StringBuilder out = new StringBuilder();
        for (TaskWithCase t : session.desk().openTasks(before)) {
            out.append(t.task().dueDate()).append('\t').append(t.caseReference()).append('\t')
                    .append(t.task().id()).append('\t').append(taskText(t.task())).append('\n');
        }
        print(out);
        return ExitCodes.OK;
    }

    /** All lines at once: one flush for ten thousand tasks, not one each. */
    void print(CharSequence lines) {
        spec.commandLine().getOut().print(lines);
        spec.commandLine().getOut().flush();
    }
}
