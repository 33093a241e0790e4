package nl.baken.support;

import javafx.animation.AnimationTimer;

/**
 * Measures the FX thread: an animation timer runs on every pulse and keeps the longest gap between two pulses.
 * When the FX thread is busy (layout, a handler, or worse, waiting), the next pulse comes late: that gap is the
 * figure. Idle pulses come every ~16.7 ms. Start and stop it on the FX thread.
 */
public final class PulseMonitor extends AnimationTimer {

    private long last;
    private long longestNanos;
    private long pulses;
    private long over50;
    private long longestSinceMark;
    private final java.util.List<Gap> gaps = new java.util.ArrayList<>();
    private java.util.function.Supplier<String> context = () -> "";

    /** What was on screen, for the list of the longest gaps. */
    public void context(java.util.function.Supplier<String> what) {
        this.context = what;
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            longestNanos = Math.max(longestNanos, gap);
            longestSinceMark = Math.max(longestSinceMark, gap);
            if (gap > 33_000_000L) {
                gaps.add(new Gap(gap, context.get()));
            }
            if (gap > 50_000_000L) {
                over50++;
            }
        }
        last = now;
        pulses++;
    }

    /** The {@code n} longest gaps over two frames (33 ms), longest first, each with what was showing. */
    public java.util.List<String> longest(int n) {
        return gaps.stream().sorted((a, b) -> Long.compare(b.nanos(), a.nanos())).limit(n)
                .map(g -> String.format(java.util.Locale.ROOT, "%.0f ms at %s", g.nanos() / 1e6, g.context()))
                .toList();
    }

    private record Gap(long nanos, String context) {
    }

    /** Starts a second count, e.g. once the first screens (class loading, first CSS) are behind. */
    public void mark() {
        longestSinceMark = 0;
    }

    public double longestSinceMarkMillis() {
        return longestSinceMark / 1_000_000.0;
    }

    public double longestMillis() {
        return longestNanos / 1_000_000.0;
    }

    public long pulses() {
        return pulses;
    }

    public long gapsOver50Millis() {
        return over50;
    }
}
