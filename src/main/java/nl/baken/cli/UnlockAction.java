package nl.baken.cli;

import java.time.Clock;
import java.util.Arrays;
import nl.baken.session.UnlockedServices;
import nl.baken.cases.CaseFile;
import nl.baken.intake.QuestionnaireLibrary;
import nl.baken.questionnaire.Problem;

/**
 * A command that works inside the unlocked vault: checks its arguments first, then reads the passphrase (console
 * without echo, or one line of standard input), unlocks as {@link #unlockingWorker()}, and runs with a
 * {@link UnlockedServices} that it locks at the end.
 */
abstract class UnlockAction extends VaultCommand.VaultAction {

    /** Whose passphrase is asked; null tries every worker's. */
    abstract String unlockingWorker();

    @Override
    final int act() {
        prepare();
        startLogging();
        char[] passphrase = secret("cli.vault.prompt.passphrase");
        UnlockedServices opened;
        try {
            opened = openSession(unlockingWorker(), passphrase, sessionClock());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        try (UnlockedServices session = opened) {
            reportRejectedQuestionnaires(session);
            return act(session);
        }
    }

    /**
     * A broken questionnaire in the data directory is named on stderr (file, line, what is wrong) by every command
     * that works in the vault, as the start screen does in the app; the command itself goes on with the others.
     */
    private void reportRejectedQuestionnaires(UnlockedServices session) {
        for (Problem problem : session.intakes().library().offer().rejected()) {
            spec.commandLine().getErr().println(QuestionnaireLibrary.rejectedText(problem, messages));
        }
        spec.commandLine().getErr().flush();
    }

    /** The clock the session's services are built with (the demo command sets its cases in the past). */
    Clock sessionClock() {
        return Clock.systemDefaultZone();
    }

    /** Checks the arguments and reads input files before anything is unlocked; throws {@link CliFailure}. */
    void prepare() {
    }

    abstract int act(UnlockedServices session);

    /** The case with this id or this reference ({@code BK-2026-…}); an unknown one ends the command, exit 1. */
    CaseFile findCase(UnlockedServices session, String idOrReference) {
        // By the reference's index: not every case read and its alias opened to find one.
        return session.desk().find(idOrReference)
                .orElseThrow(() -> new CliFailure(messages.text("cli.case.unknown_case"), ExitCodes.FAILURE));
    }

    void printLine(String line) {
        QuestionnaireCommand.printLine(spec.commandLine().getOut(), line);
        spec.commandLine().getOut().flush();
    }
}
