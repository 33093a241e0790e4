package nl.baken.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baken case ...}: import, list and record consent for cases from the command line. */
@Command(name = "case",
        subcommands = {
            CaseImportCommand.class,
            CaseListCommand.class,
            CaseAliasCommand.class,
            CaseConsentCommand.class,
            CaseShowCommand.class,
            CaseSearchCommand.class,
            CaseTaskCommand.class,
            CaseTasksCommand.class,
            CaseDeadlinesCommand.class,
            CaseCloseCommand.class,
            CaseReopenCommand.class,
            CaseEraseCommand.class,
            CaseAccessExportCommand.class
        })
final class CaseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
