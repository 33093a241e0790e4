package nl.baken.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baken audit ...}: verify the audit log and list its entries (NEN 7513). */
@Command(name = "audit",
        subcommands = {
            AuditVerifyCommand.class,
            AuditListCommand.class
        })
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
