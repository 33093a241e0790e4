package nl.baken.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Small helpers for the plain benchmark harnesses: percentiles and writing a section of docs/performance.md. */
public final class BenchReport {

    private BenchReport() {
    }

    /** The p-th percentile (0–100) of the samples, in the samples' unit. */
    public static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * Replaces (or appends) the section under {@code ## heading} in docs/performance.md with {@code body}, so each
     * benchmark keeps its own figures current without touching the others.
     */
    public static void writeSection(String heading, String body) throws IOException {
        Path file = Path.of(System.getProperty("baken.projectDir", "."), "docs", "performance.md");
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
                : "# Performance\n\nFigures measured on the development machine (2 cores, 24 GiB, no display). "
                + "Each section says the command that produces it.\n";
        String marker = "## " + heading + "\n";
        int start = text.indexOf(marker);
        String section = marker + "\n" + body.strip() + "\n";
        if (start < 0) {
            text = text.stripTrailing() + "\n\n" + section;
        } else {
            int end = text.indexOf("\n## ", start + marker.length());
            text = text.substring(0, start) + section + (end < 0 ? "" : text.substring(end + 1));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
