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
    private final java.util.List<String> slow = new java.util.ArrayList<>();
    private final java.util.List<long[]> gaps = new java.util.ArrayList<>();
    private final java.util.List<String> gapContexts = new java.util.ArrayList<>();
    private java.util.function.Supplier<String> context = () -> "";

    /** What was on screen, for the list of slow pulses. */
    public void context(java.util.function.Supplier<String> what) {
        this.context = what;
    }

    /** The slow gaps with what was showing, for finding their cause. */
    public java.util.List<String> slow() {
        return slow;
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            longestNanos = Math.max(longestNanos, gap);
            longestSinceMark = Math.max(longestSinceMark, gap);
            if (gap > 33_000_000L) {
                gaps.add(new long[] {gap, gaps.size()});
                gapContexts.add(context.get());
            }
            if (gap > 50_000_000L) {
                over50++;
                slow.add(String.format(java.util.Locale.ROOT, "%.0f ms at %s", gap / 1e6, context.get()));
            }
        }
        last = now;
        pulses++;
    }

    /** The {@code n} longest gaps over two frames (33 ms), longest first, each with what was showing. */
    public java.util.List<String> longest(int n) {
        return gaps.stream().sorted((a, b) -> Long.compare(b[0], a[0])).limit(n)
                .map(g -> String.format(java.util.Locale.ROOT, "%.0f ms at %s", g[0] / 1e6, gapContexts.get((int) g[1])))
                .toList();
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
