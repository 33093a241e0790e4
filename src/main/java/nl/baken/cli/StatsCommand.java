package nl.baken.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import nl.baken.reports.Statistics;
import nl.baken.reports.StatisticsCsv;
import nl.baken.vault.OwnerOnly;
import nl.baken.reports.StatisticsLabels;
import nl.baken.reports.StatisticsMeasure;
import nl.baken.reports.StatisticsPeriod;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baken stats [--from YYYY-MM] [--to YYYY-MM] [--csv FILE]}: the statistics of a period (the last twelve
 * months by default) as a table on stdout, each table's title then one tab-separated line per category; counts below
 * 5 as {@code <5}; only cases with statistics consent. {@code --csv} also writes the table to a file.
 */
@Command(name = "stats")
final class StatsCommand extends SessionAction {

    @Option(names = "--from", paramLabel = "YYYY-MM")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM")
    String to;

    @Option(names = "--csv", paramLabel = "FILE")
    Path csv;

    @Option(names = "--force")
    boolean force;

    private StatisticsPeriod period;

    @Override
    void prepare() {
        YearMonth last = to == null ? YearMonth.now(Clock.systemDefaultZone()) : month(to);
        YearMonth first = from == null ? last.minusMonths(StatisticsPeriod.DEFAULT_MONTHS - 1L) : month(from);
        if (!StatisticsPeriod.valid(first, last)) {
            throw new CliFailure(messages.text("cli.stats.bad_period", first, last, StatisticsPeriod.MAX_MONTHS),
                    ExitCodes.USAGE);
        }
        period = new StatisticsPeriod(first, last);
        if (csv != null) {
            OutputFiles.requireWritable(csv, force, common.dataDirectory(), messages);
        }
    }

    private YearMonth month(String value) {
        return StatisticsPeriod.parseMonth(value).orElseThrow(() -> new CliFailure(
                messages.text("cli.stats.bad_month", value), ExitCodes.USAGE));
    }

    @Override
    int act(UnlockedServices session) {
        Statistics statistics = session.statistics().statistics(period, session.workerId());
        if (csv != null) {
            try {
                Files.writeString(csv, StatisticsCsv.write(statistics, messages::text), StandardCharsets.UTF_8);
                OwnerOnly.restrict(csv);
            } catch (IOException e) {
                throw new CliFailure(messages.text("cli.stats.csv_failed", csv), ExitCodes.FAILURE);
            }
            session.statistics().recordExport(session.workerId());
        }
        spec.commandLine().getOut().print(table(statistics));
        spec.commandLine().getOut().flush();
        if (csv != null) {
            spec.commandLine().getErr().println(messages.text("cli.stats.csv_saved", csv));
            spec.commandLine().getErr().flush();
        }
        return ExitCodes.OK;
    }

    private String table(Statistics statistics) {
        StringBuilder out = new StringBuilder();
        out.append(messages.text("cli.stats.period", period.from(), period.to())).append('\n');
        out.append(messages.text("cli.stats.note")).append('\n');
        for (StatisticsMeasure m : StatisticsMeasure.values()) {
            out.append('\n').append(messages.text(StatisticsLabels.measureKey(m))).append('\n');
            for (Statistics.Row row : statistics.rows(m)) {
                out.append(StatisticsLabels.categoryKey(m, row.code()).map(messages::text).orElse(row.code()))
                        .append('\t').append(row.count().text()).append('\n');
            }
        }
        out.append('\n').append(messages.text("cli.stats.counted", statistics.counted().text())).append('\n');
        out.append(messages.text("cli.stats.left_out", statistics.leftOut().text())).append('\n');
        return out.toString();
    }
}
