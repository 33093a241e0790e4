package nl.baken.cli;

import nl.baken.audit.AuditCheck;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;

/**
 * {@code baken audit verify}: the whole chain, its pre-V8 segment and its anchor in the key slots. Prints
 * {@code OK (N entries)}, exit 0, or names the first broken entry, exit 1. The verification is itself audited.
 */
@Command(name = "verify")
final class AuditVerifyCommand extends SessionAction {

    @Override
    int act(UnlockedServices session) {
        AuditCheck check = session.audit().verify();
        session.audit().record(session.workerId(), "AUDIT_VERIFY", null);
        if (check.verified()) {
            printLine("OK (" + check.entries() + " entries)");
            return ExitCodes.OK;
        }
        throw new CliFailure(messages.text("cli.audit.broken", check.brokenAt().orElseThrow(),
                messages.text(check.problem().messageKey())), ExitCodes.FAILURE);
    }
}
