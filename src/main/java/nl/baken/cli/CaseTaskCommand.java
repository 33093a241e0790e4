package nl.baken.cli;

import java.time.LocalDate;
import java.util.Optional;
import nl.baken.cases.CaseDeskException;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseTask;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baken case task add|done}: a case's tasks from the command line. */
@Command(name = "task",
        subcommands = {CaseTaskCommand.Add.class, CaseTaskCommand.Done.class})
final class CaseTaskCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code baken case task add CASE --due YYYY-MM-DD --text TEXT}: prints the new task's id. */
    @Command(name = "add")
    static final class Add extends DeskAction {

        @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case-param")
        String caseId;

        @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD")
        String due;

        @Option(names = "--text", required = true, paramLabel = "TEXT")
        String text;

        private LocalDate dueDate;

        @Override
        void prepare() {
            dueDate = date(due);
            if (!FROM_STDIN.equals(text)) {
                check(text);
            }
        }

        @Override
        int act(UnlockedServices session) {
            CaseFile c = findCase(session, caseId);
            String given = text(text);
            check(given);
            CaseTask task = session.desk().addTask(c.id(), dueDate, Optional.empty(), given, session.workerId());
            printLine(task.id());
            return ExitCodes.OK;
        }

        private void check(String value) {
            try {
                nl.baken.cases.CaseDesk.requireText(value, CaseTask.MAX_TEXT, false);
            } catch (CaseDeskException e) {
                throw refused(e, "", CaseTask.MAX_TEXT);
            }
        }
    }

    /** {@code baken case task done TASK_ID}. */
    @Command(name = "done")
    static final class Done extends DeskAction {

        @Parameters(index = "0", paramLabel = "TASK_ID", descriptionKey = "task-param")
        String taskId;

        @Override
        int act(UnlockedServices session) {
            CaseTask task = session.desk().task(taskId)
                    .orElseThrow(() -> new CliFailure(messages.text("cli.case.task.unknown"), ExitCodes.FAILURE));
            if (task.done()) {
                throw new CliFailure(messages.text("cli.case.task.already_done", task.id()), ExitCodes.FAILURE);
            }
            session.desk().markDone(task.id(), session.workerId());
            printLine(messages.text("cli.case.task.done", task.id()));
            return ExitCodes.OK;
        }
    }
}
