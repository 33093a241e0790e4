package nl.baken.cli;

import java.util.concurrent.Callable;
import nl.baken.app.DesktopLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code baken open}: opens the desktop app on a chosen data directory. */
@Command(name = "open", description = "Open the desktop app (optionally on another data directory).")
final class OpenCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        common.messages();
        return DesktopLauncher.open(common.dataDirectory(), common.languageOrNull()) == 0 ? ExitCodes.OK
                : ExitCodes.FAILURE;
    }
}
