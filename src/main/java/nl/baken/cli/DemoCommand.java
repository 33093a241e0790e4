package nl.baken.cli;

import java.util.Random;
import nl.baken.session.UnlockedServices;
import nl.baken.intake.DemoCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baken demo --cases N [--seed S]}: fills the vault with clearly fictional cases to try the app or measure it. */
@Command(name = "demo", description = "Add N fictional demo cases (aliases \"Demo 001\" ...) with random answers and consents.")
final class DemoCommand extends SessionAction {

    static final int MAX_CASES = 100_000;

    @Option(names = "--cases", required = true, paramLabel = "N", description = "How many demo cases (1 to 100000).")
    int cases;
    @Option(names = "--seed", paramLabel = "S", description = "Seed for the same answers and consents every time.")
    Long seed;

    @Override
    void prepare() {
        if (cases < 1 || cases > MAX_CASES) {
            throw new CliFailure(messages.text("cli.demo.count", MAX_CASES), ExitCodes.USAGE);
        }
    }

    @Override
    int act(UnlockedServices session) {
        Random random = seed == null ? new Random() : new Random(seed);
        new DemoCases(session.intakes(), session.consent(), random).create(cases, session.workerId());
        printLine(messages.text("cli.demo.done", cases));
        return ExitCodes.OK;
    }
}
