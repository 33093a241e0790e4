package nl.baken.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.baken.i18n.DateTimes;
import nl.baken.audit.AuditEvent;
import nl.baken.audit.AuditOutcome;
import nl.baken.audit.AuditFilter;
import nl.baken.cases.CaseFile;
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

    /** A case id's form: a UUID in lower case, as the vault writes it. */
    private static final Pattern CASE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

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

    /** {@code ref} as the id of a case no longer in the vault, when it has an id's form; else no case. */
    private String erasedCaseId(String ref) {
        if (!CASE_ID.matcher(ref).matches()) {
            throw new CliFailure(messages.text("cli.case.unknown_case"), ExitCodes.FAILURE);
        }
        return ref;
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
        // An erased case's entries outlive it and name it by id only: its id still selects them.
        Optional<String> caseId = optional(caseRef).map(ref -> session.desk().find(ref).map(CaseFile::id)
                .orElseGet(() -> erasedCaseId(ref)));
        Optional<String> workerId = optional(byWorker).map(name -> workers.entrySet().stream()
                .filter(w -> w.getValue().equals(name)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new CliFailure(messages.text("cli.audit.unknown_worker"), ExitCodes.FAILURE)));
        AuditFilter filter = new AuditFilter(caseId, workerId, Optional.empty(),
                from.map(d -> d.atStartOfDay(zone).toInstant()),
                to.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()));
        Map<String, String> references = session.audit().caseReferences();
        List<AuditEvent> entries = session.audit().entries(filter);
        if (caseId.isPresent() && entries.isEmpty() && !references.containsKey(caseId.get())) {
            throw new CliFailure(messages.text("cli.case.unknown_case"), ExitCodes.FAILURE);
        }
        StringBuilder out = new StringBuilder();
        for (AuditEvent e : entries) {
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
