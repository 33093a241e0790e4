package nl.baken.cli;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import nl.baken.backup.CaseRetention;
import nl.baken.session.UnlockedServices;
import nl.baken.store.JooqSettingsRepository;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baken case list [--with-alias] [--due-for-erasure]}: one line per case, {@code ID REFERENCE STATUS CREATED
 * INTAKES} separated by tabs, newest first; or only the cases due for erasure ({@link CaseRetention}). The alias is personal data and is printed only when asked for, as the last column.
 */
@Command(name = "list")
final class CaseListCommand extends SessionAction {

    @Option(names = "--with-alias")
    boolean withAlias;

    @Option(names = "--due-for-erasure")
    boolean dueForErasure;

    @Override
    int act(UnlockedServices session) {
        if (dueForErasure) {
            return listDueForErasure(session);
        }
        if (withAlias) {
            session.desk().recordAliasReveal(session.workerId()); // every alias printed, as the app's reveal
        } else {
            session.audit().record(session.workerId(), "CASE_LIST_VIEW", null);
        }
        Map<String, Integer> counts = session.intakes().intakeCounts();
        ZoneId zone = session.clock().getZone();
        for (CaseFile c : session.intakes().cases()) {
            StringBuilder line = new StringBuilder(line(c.id(), c.reference(), c.status(), c.createdAt(), zone,
                    counts.getOrDefault(c.id(), 0)));
            if (withAlias) {
                line.append('\t').append(c.alias().map(CaseListCommand::oneLine).orElse(""));
            }
            printLine(line.toString());
        }
        return ExitCodes.OK;
    }

    /** The closed cases past the retention term, longest due first; none is said on stderr. */
    private int listDueForErasure(UnlockedServices session) {
        CaseRetention retention = new CaseRetention(session.vault().store(),
                new JooqSettingsRepository(session.vault().store()), session.clock());
        session.audit().record(session.workerId(), "ERASURE_DUE_VIEW", null);
        ZoneId zone = session.clock().getZone();
        var due = retention.due();
        for (CaseRetention.Due d : due) {
            printLine(d.caseId() + '\t' + d.reference() + '\t' + d.closedAt().atZoneSameInstant(zone).toLocalDate()
                    + '\t' + d.dueOn());
        }
        if (due.isEmpty()) {
            spec.commandLine().getErr().println(messages.text("cli.case.due.none", retention.months()));
        }
        return ExitCodes.OK;
    }

    /** One case's line without the alias: {@code ID REFERENCE STATUS CREATED INTAKES}, tab-separated. */
    static String line(String id, String reference, CaseStatus status, OffsetDateTime created, ZoneId zone,
                       int intakes) {
        return id + '\t' + reference + '\t' + status.name().toLowerCase(Locale.ROOT) + '\t'
                + created.atZoneSameInstant(zone).toLocalDate() + '\t' + intakes;
    }

    /** An alias on one line of one column: tabs, line breaks and other control characters become spaces. */
    static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }
}
