package nl.baken.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.baken.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without GTK 3 or a display the app says in one line what is missing, and never points at a log that is not there. */
class GraphicsProblemTest {

    @TempDir
    Path dir;

    @Test
    void theFailuresJavaFxGivesAreNamed() {
        var noGtk = new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to load glass GTK library."));
        assertThat(GraphicsProblem.messageKey(noGtk, "Linux", () -> false)).contains("app.start.no_gtk");
        var link = new UnsatisfiedLinkError("libglassgtk3.so: libgtk-3.so.0: cannot open shared object file");
        assertThat(GraphicsProblem.messageKey(link, "Linux", () -> false)).contains("app.start.no_gtk");
        var display = new UnsupportedOperationException("Unable to open DISPLAY");
        assertThat(GraphicsProblem.messageKey(display, "Linux", () -> true)).contains("app.start.no_display");
        assertThat(GraphicsProblem.messageKey(display, "Linux", () -> false)).contains("app.start.no_gtk");
        assertThat(GraphicsProblem.messageKey(new IllegalStateException("vault"), "Linux", () -> false)).isEmpty();
        assertThat(Messages.of("en").text("app.start.no_gtk")).contains("libgtk-3-0").doesNotContain("\n");
        assertThat(Messages.of("nl").text("app.start.no_gtk")).contains("sudo apt-get install libgtk-3-0");
    }

    /** The jar's own start, in a JVM of its own without a usable display (as on a server or without GTK). */
    @Test
    void theJarSaysWhatIsMissingInOneLineWithoutAStackTrace() throws Exception {
        Path data = dir.resolve("data");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.language=en", "nl.baken.Launcher",
                "open", "--data-dir", data.toString(), "--lang", "en");
        pb.environment().put("DISPLAY", ":97");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectErrorStream(false);
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        List<String> ours = err.lines().filter(l -> l.startsWith("Baken ")).toList();
        String expected = Messages.of("en").text(GraphicsProblem.gtk3Installed() ? "app.start.no_display"
                : "app.start.no_gtk");
        assertThat(ours).containsExactly(expected);
        assertThat(err).doesNotContain("\tat ").doesNotContain("log file");
    }
}
