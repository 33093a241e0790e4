package nl.baken.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import nl.baken.cli.BakenCommand;
import nl.baken.cli.DesktopOpener;

/** Runs the command line in-process with a given standard input, capturing stdout and stderr. */
public final class Cli {

    /** What one run printed and returned. */
    public record Result(int exit, String out, String err) {
    }

    /** The desktop for in-process runs: no test here opens a window, so reaching it is a failure. */
    public static final DesktopOpener NO_DESKTOP = (dataDirectory, language) -> {
        throw new AssertionError("this test does not open the desktop app");
    };

    private Cli() {
    }

    /** A run with nothing on standard input, for commands that read only files and arguments. */
    public static Result withoutInput(String... args) {
        return run("", args);
    }

    public static synchronized Result run(String stdin, String... args) {
        InputStream saved = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int exit = BakenCommand.execute(NO_DESKTOP, new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Result(exit, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }
}
