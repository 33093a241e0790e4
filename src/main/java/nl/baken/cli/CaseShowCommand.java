package nl.baken.cli;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import nl.baken.cases.CaseDesk;
import nl.baken.cases.CaseFile;
import nl.baken.cases.CaseSummary;
import nl.baken.cases.CaseTask;
import nl.baken.consent.ConsentRecord;
import nl.baken.intake.Intake;
import nl.baken.referral.Referral;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baken case show CASE [--with-alias]}: one case's summary, one fact a line, a label and its values separated
 * by tabs: status, worker, intakes, consent in force, referrals, tasks, the reflection period and the number of
 * notes. The alias and the close reason (personal data) only with {@code --with-alias}; note texts never.
 */
@Command(name = "show")
final class CaseShowCommand extends DeskAction {

    @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case-param")
    String caseId;

    @Option(names = "--with-alias")
    boolean withAlias;

    @Override
    int act(UnlockedServices session) {
        CaseFile c = findCase(session, caseId);
        CaseDesk desk = session.desk();
        CaseSummary summary = desk.summary(c.id()).orElseThrow();
        ZoneId zone = session.clock().getZone();
        desk.recordView(c.id(), session.workerId());
        StringBuilder out = new StringBuilder();
        line(out, "cli.case.show.case", c.reference(), c.id());
        line(out, "cli.case.show.status", lower(c.status()),
                summary.closedAt().map(t -> t.atZoneSameInstant(zone).toLocalDate().toString()).orElse(""));
        if (withAlias) {
            line(out, "cli.case.show.alias", c.alias().map(CaseListCommand::oneLine).orElse(""));
            desk.closeReason(c.id()).ifPresent(r -> line(out, "cli.case.show.close_reason", CaseListCommand.oneLine(r)));
        }
        Map<String, String> workers = desk.workers();
        line(out, "cli.case.show.worker", workers.getOrDefault(c.workerId(), c.workerId()));
        line(out, "cli.case.show.last_activity", summary.lastActivityAt().atZoneSameInstant(zone).toLocalDate().toString());
        summary.exploitationForms().forEach(f -> line(out, "cli.case.show.exploitation", f.yamlName()));
        for (Intake i : session.intakes().intakesOf(c.id())) {
            line(out, "cli.case.show.intake", i.startedAt().atZoneSameInstant(zone).toLocalDate().toString(),
                    i.questionnaireId() + " v" + i.questionnaireVersion(), lower(i.status()), i.id());
        }
        for (ConsentRecord r : session.consent().current(c.id()).values()) {
            line(out, "cli.case.show.consent", r.purpose().code(), lower(r.decision()),
                    r.recordedAt().atZoneSameInstant(zone).toLocalDate().toString());
        }
        for (Referral r : session.referrals().referrals(c.id())) {
            line(out, "cli.case.show.referral", r.createdAt().atZoneSameInstant(zone).toLocalDate().toString(),
                    r.partnerId(), lower(r.status()));
        }
        for (CaseTask t : desk.tasksOf(c.id())) {
            line(out, "cli.case.show.task", t.dueDate().toString(), lower(desk.urgency(t)), t.id(), taskText(t));
        }
        desk.reflectionOf(c.id()).ifPresent(p -> line(out, "cli.case.show.reflection", p.start().toString(),
                p.end().toString(), lower(p.status()), String.valueOf(p.daysLeft(desk.today()))));
        line(out, "cli.case.show.notes", String.valueOf(desk.notesOf(c.id()).size()));
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private void line(StringBuilder out, String labelKey, String... values) {
        out.append(messages.text(labelKey));
        for (String v : values) {
            out.append('\t').append(v);
        }
        out.append('\n');
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
