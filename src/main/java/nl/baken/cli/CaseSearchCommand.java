package nl.baken.cli;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import nl.baken.cases.CaseStatus;
import nl.baken.cases.CaseSummary;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baken case search TEXT [--status open|closed] [--due]}: the cases whose reference, alias or notes hold TEXT,
 * one line per case as {@code case list} prints it. Alias and notes are sealed, so the desk opens them and matches in
 * memory. TEXT {@code -} reads it from standard input, since part of a name should not be an argument.
 */
@Command(name = "search")
final class CaseSearchCommand extends DeskAction {

    @Parameters(index = "0", paramLabel = "TEXT", descriptionKey = "text-param")
    String text;

    @Option(names = "--status", paramLabel = "open|closed")
    String status;

    @Option(names = "--due")
    boolean due;

    private Optional<CaseStatus> wanted = Optional.empty();

    @Override
    void prepare() {
        wanted = optional(status).map(s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "open" -> CaseStatus.OPEN;
            case "closed" -> CaseStatus.CLOSED;
            default -> throw new CliFailure(messages.text("cli.case.search.bad_status"), ExitCodes.USAGE);
        });
    }

    @Override
    int act(UnlockedServices session) {
        String needle = text(text);
        if (needle.isBlank()) {
            throw new CliFailure(messages.text("cli.case.text.empty"), ExitCodes.FAILURE);
        }
        session.audit().record(session.workerId(), "CASE_SEARCH", null); // never the text: it may be part of a name
        ZoneId zone = session.clock().getZone();
        StringBuilder out = new StringBuilder();
        for (CaseSummary c : session.desk().search(needle, wanted, due)) {
            out.append(CaseListCommand.line(c.id(), c.reference(), c.status(), c.createdAt(), zone, c.intakes()))
                    .append('\n');
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
