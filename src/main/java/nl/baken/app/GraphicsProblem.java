package nl.baken.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Recognises why the window could not open when JavaFX fails before it shows anything, and names the fix in one
 * line: on Linux without GTK 3 what to install ({@code libgtk-3-0}), else that there is no display.
 */
public final class GraphicsProblem {

    private static final List<String> LIBRARY_DIRECTORIES = List.of("/usr/lib/x86_64-linux-gnu",
            "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64",
            "/usr/lib", "/lib", "/usr/local/lib");

    private GraphicsProblem() {
    }

    /** The bundle key of the one-line explanation, or empty when the failure is not about graphics. */
    public static Optional<String> messageKey(Throwable failure, String osName) {
        return messageKey(failure, osName, GraphicsProblem::gtk3Installed);
    }

    static Optional<String> messageKey(Throwable failure, String osName, BooleanSupplier gtk3) {
        boolean linux = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("linux");
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            boolean display = text.contains("unable to open display");
            boolean graphics = display || text.contains("gtk") || text.contains("glass")
                    || text.contains("no suitable pipeline") || text.contains("graphics device initialization failed")
                    || text.contains("quantumrenderer") || t instanceof UnsatisfiedLinkError;
            if (graphics) {
                // Without GTK 3 JavaFX cannot open a window even with a display; that is the thing to fix first.
                if (linux && !gtk3.getAsBoolean()) {
                    return Optional.of("app.start.no_gtk");
                }
                return Optional.of(display ? "app.start.no_display" : "app.start.no_graphics");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code libgtk-3.so.0} is in one of the usual library folders or on {@code LD_LIBRARY_PATH}. */
    public static boolean gtk3Installed() {
        List<String> dirs = new ArrayList<>(LIBRARY_DIRECTORIES);
        String extra = System.getenv("LD_LIBRARY_PATH");
        if (extra != null) {
            dirs.addAll(List.of(extra.split(":")));
        }
        return dirs.stream().filter(d -> !d.isBlank())
                .anyMatch(d -> Files.exists(Path.of(d, "libgtk-3.so.0")));
    }
}
