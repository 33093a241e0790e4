package nl.baken.cli;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import nl.baken.intake.DemoCases;
import nl.baken.intake.DemoClock;
import nl.baken.referral.DemoReferrals;
import nl.baken.session.UnlockedServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baken demo --cases N [--seed S] [--progress]}: fills the vault with clearly fictional cases to try the app or
 * measure it, then compacts the file (the run writes far more than it keeps). A bar on the terminal shows how far.
 */
@Command(name = "demo")
final class DemoCommand extends SessionAction {

    static final int MAX_CASES = 100_000;

    @Option(names = "--cases", required = true, paramLabel = "N")
    int cases;
    @Option(names = "--seed", paramLabel = "S")
    Long seed;
    @Option(names = "--progress")
    boolean progress;

    private final DemoClock clock = new DemoClock(Clock.systemDefaultZone());

    @Override
    void prepare() {
        if (cases < 1 || cases > MAX_CASES) {
            throw new CliFailure(messages.text("cli.demo.count", MAX_CASES), ExitCodes.USAGE);
        }
    }

    @Override
    Clock sessionClock() {
        return clock;
    }

    @Override
    int act(UnlockedServices session) {
        Random random = seed == null ? new Random() : new Random(seed);
        // A terminal gets the bar; a pipe or a file (scripts, tests) only with --progress.
        ProgressBar bar = progress || System.console() != null
                ? new ProgressBar(spec.commandLine().getErr(), cases) : null;
        DemoCases demo = new DemoCases(session.vault().store(), session.intakes(), session.consent(), session.desk(),
                clock, random, List.of(new DemoReferrals(session.referrals())));
        demo.create(cases, session.workerId(), done -> {
            if (bar != null) {
                bar.update(done);
            }
        });
        session.closeCompacted();
        if (bar != null) {
            bar.finish(messages.text("cli.demo.took", cases, bar.seconds()));
        }
        printLine(messages.text("cli.demo.done", cases));
        return ExitCodes.OK;
    }
}
