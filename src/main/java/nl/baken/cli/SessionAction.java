package nl.baken.cli;

import picocli.CommandLine.Option;

/** A command inside the unlocked vault whose {@code --worker} names whose passphrase is asked. */
abstract class SessionAction extends UnlockAction {

    @Option(names = "--worker", paramLabel = "NAME")
    String worker;

    @Override
    final String unlockingWorker() {
        return worker;
    }
}
