package nl.baken.cli;

import java.util.Optional;
import nl.baken.session.UnlockedServices;
import nl.baken.cases.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code baken case alias CASE}: sets, changes or (with an empty line) removes a case's alias. The alias is
 * personal data, so it is never an argument (arguments show in {@code ps} and {@code /proc}): it is the line after
 * the passphrase on standard input, or asked for on the console.
 */
@Command(name = "alias")
final class CaseAliasCommand extends SessionAction {

    private static final int MAX_LENGTH = 100;

    @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case-param")
    String caseId;

    @Override
    int act(UnlockedServices session) {
        CaseFile c = findCase(session, caseId);
        String alias = input.readText(messages.text("cli.case.alias.prompt"));
        if (alias == null) {
            throw new CliFailure(messages.text("cli.case.alias.no_input"), ExitCodes.FAILURE);
        }
        String stripped = alias.strip();
        if (stripped.length() > MAX_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new CliFailure(messages.text("cli.case.alias.invalid", MAX_LENGTH), ExitCodes.FAILURE);
        }
        session.intakes().setAlias(c.id(), Optional.of(stripped), session.workerId());
        printLine(messages.text(stripped.isEmpty() ? "cli.case.alias.removed" : "cli.case.alias.set", c.reference()));
        return ExitCodes.OK;
    }
}
