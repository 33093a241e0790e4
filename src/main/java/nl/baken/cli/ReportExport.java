package nl.baken.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import nl.baken.i18n.Messages;
import nl.baken.referral.ReferralException;
import nl.baken.reports.CaseReports;
import nl.baken.reports.ReportWords;
import nl.baken.session.BundleReportWords;
import nl.baken.store.StoreException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The plumbing of a report written as a protected PDF, as {@code referral export} does it: {@code CASE --out
 * FILE.pdf [--force]}, an existing file kept unless forced, the report in Dutch unless {@code --lang en}, the
 * password printed once on standard output and everything else on standard error.
 */
abstract class ReportExport extends SessionAction {

    @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case-param")
    String caseId;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Override
    void prepare() {
        OutputFiles.requireWritable(out, force, common.dataDirectory(), messages);
    }

    /** The report's words: Dutch unless the command line asks for English. */
    ReportWords words() {
        return new BundleReportWords(Messages.of("en".equals(common.languageOrNull()) ? "en" : "nl"));
    }

    /** Prints the password once and the line that says what to do with it; zeroes the password. */
    void printPassword(char[] password, String savedKey) {
        try {
            spec.commandLine().getOut().println(new String(password));
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println(messages.text(savedKey));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A failed render or write, or an unknown case, as one line, exit 1. */
    CliFailure failed(Exception e) {
        if (e instanceof ReferralException r) {
            return new CliFailure(messages.text(CaseReports.failureKey(r)), ExitCodes.FAILURE);
        }
        if (e instanceof StoreException s && s.reason() == StoreException.Reason.MISSING) {
            return new CliFailure(messages.text("cli.case.unknown_case"), ExitCodes.FAILURE);
        }
        return new CliFailure(FailureHandler.unexpected(messages, e), ExitCodes.FAILURE);
    }
}
