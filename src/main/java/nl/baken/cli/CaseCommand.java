package nl.baken.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baken case ...}: import, list and record consent for cases from the command line. */
@Command(name = "case", description = "Import and list cases; set an alias; record consent.",
        subcommands = {
            CaseImportCommand.class,
            CaseListCommand.class,
            CaseAliasCommand.class,
            CaseConsentCommand.class
        })
final class CaseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
