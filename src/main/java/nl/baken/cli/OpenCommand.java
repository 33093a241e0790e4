package nl.baken.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code baken open}: opens the desktop app on a chosen data directory. */
@Command(name = "open")
final class OpenCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @ParentCommand
    BakenCommand root;

    @Override
    public Integer call() {
        common.messages();
        return root.desktop().open(common.dataDirectory(), common.languageOrNull()) == 0 ? ExitCodes.OK
                : ExitCodes.FAILURE;
    }
}
