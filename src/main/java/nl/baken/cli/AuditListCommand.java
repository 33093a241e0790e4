package nl.baken.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import nl.baken.i18n.DateTimes;
import nl.baken.audit.AuditEvent;
import nl.baken.audit.AuditOutcome;
import nl.baken.audit.AuditFilter;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baken audit list [--case CASE] [--worker NAME] [--from DATE] [--to DATE]}: one line per entry, oldest
 * first, tab-separated: time, worker, action, case reference, outcome ({@code -} where an entry has none). The
 * listing is itself audited.
 */
@Command(name = "list")
final class AuditListCommand extends UnlockAction {


    @Option(names = "--case", paramLabel = "CASE")
    String caseRef;

    @Option(names = "--worker", paramLabel = "NAME")
    String byWorker;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    String fromDay;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    String toDay;

    private Optional<LocalDate> from = Optional.empty();
    private Optional<LocalDate> to = Optional.empty();

    /** {@code --worker} filters here: every worker's passphrase is tried, as without it elsewhere. */
    @Override
    String unlockingWorker() {
        return null;
    }

    @Override
    void prepare() {
        from = optional(fromDay).map(this::date);
        to = optional(toDay).map(this::date);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new CliFailure(messages.text("cli.audit.bad_period"), ExitCodes.USAGE);
        }
    }

    private LocalDate date(String value) {
        return DayOption.parse(value, messages);
    }

    private static Optional<String> optional(String value) {
        return Optional.ofNullable(value);
    }

    @Override
    int act(UnlockedServices session) {
        if (!session.vault().isAdministrator()) {
            session.audit().record(session.workerId(), "AUDIT_VIEW", null, AuditOutcome.DENIED);
            throw new CliFailure(messages.text("cli.audit.admin_only"), ExitCodes.FAILURE);
        }
        ZoneId zone = session.clock().getZone();
        Map<String, String> workers = session.vault().workers();
        Optional<String> caseId = optional(caseRef).map(ref -> findCase(session, ref).id());
        Optional<String> workerId = optional(byWorker).map(name -> workers.entrySet().stream()
                .filter(w -> w.getValue().equals(name)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new CliFailure(messages.text("cli.audit.unknown_worker"), ExitCodes.FAILURE)));
        AuditFilter filter = new AuditFilter(caseId, workerId, Optional.empty(),
                from.map(d -> d.atStartOfDay(zone).toInstant()),
                to.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()));
        Map<String, String> references = session.audit().caseReferences();
        StringBuilder out = new StringBuilder();
        for (AuditEvent e : session.audit().entries(filter)) {
            out.append(DateTimes.sortable(e.occurredAt().atZoneSameInstant(zone))).append('\t')
                    .append(e.workerId() == null ? "-" : workers.getOrDefault(e.workerId(), e.workerId())).append('\t')
                    .append(e.event()).append('\t')
                    .append(e.caseId() == null ? "-" : references.getOrDefault(e.caseId(), e.caseId())).append('\t')
                    .append(e.outcome() == null ? "-" : e.outcome().name()).append('\n');
        }
        session.audit().record(session.workerId(), "AUDIT_VIEW", caseId.orElse(null));
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
