package nl.baken.cli;

import java.time.Clock;
import nl.baken.backup.CaseErasure;
import nl.baken.backup.ErasureException;
import nl.baken.backup.ErasureLosses;
import nl.baken.cases.CaseFile;
import nl.baken.i18n.Messages;
import nl.baken.session.UnlockedServices;
import nl.baken.vault.UnlockedVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baken case erase CASE --yes [--despite-referral]}: erases a case for good and rewrites the database so no
 * page of the file holds it (ADR 0014). Without {@code --yes} it refuses before anything is unlocked; a case with a
 * referral in progress needs {@code --despite-referral} as well.
 */
@Command(name = "erase")
final class CaseEraseCommand extends SessionAction {

    @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case-param")
    String caseId;

    @Option(names = "--yes")
    boolean yes;

    @Option(names = "--despite-referral")
    boolean despiteReferral;

    @Override
    void prepare() {
        if (!yes) {
            throw new CliFailure(messages.text("cli.case.erase.needs_yes"), ExitCodes.USAGE);
        }
    }

    @Override
    int act(UnlockedServices session) {
        CaseFile c = findCase(session, caseId);
        CaseErasure erasure = new CaseErasure(vault, Clock.systemUTC());
        ErasureLosses losses = erasure.losses(session.vault().store(), c.id());
        if (losses.referralInProgress() && !despiteReferral) {
            throw new CliFailure(messages.text("cli.case.erase.referral", c.reference(), inProgress(messages, losses)),
                    ExitCodes.FAILURE);
        }
        UnlockedVault reopened;
        try {
            reopened = erasure.erase(session.vault(), c.id(), despiteReferral);
        } catch (ErasureException e) {
            throw new CliFailure(messages.text(e.reason().messageKey()), ExitCodes.FAILURE);
        }
        reopened.close();
        printLine(messages.text("cli.case.erase.done", c.reference(), lost(messages, losses)));
        return ExitCodes.OK;
    }

    /** What an erasure loses, in words: "2 intakes, 31 answers, 1 referral, …". */
    static String lost(Messages messages, ErasureLosses l) {
        return String.join(", ",
                messages.count(l.intakes(), "erase.loss.intakes.one", "erase.loss.intakes.other"),
                messages.count(l.answers(), "erase.loss.answers.one", "erase.loss.answers.other"),
                messages.count(l.consents(), "erase.loss.consents.one", "erase.loss.consents.other"),
                messages.count(l.referrals(), "erase.loss.referrals.one", "erase.loss.referrals.other"),
                messages.count(l.tasks(), "erase.loss.tasks.one", "erase.loss.tasks.other"),
                messages.count(l.notes(), "erase.loss.notes.one", "erase.loss.notes.other"));
    }

    /** How many referrals are still in progress, in words. */
    static String inProgress(Messages messages, ErasureLosses l) {
        return messages.count(l.referralsInProgress(), "erase.loss.in_progress.one", "erase.loss.in_progress.other");
    }
}
