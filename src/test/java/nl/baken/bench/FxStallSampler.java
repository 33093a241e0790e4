package nl.baken.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;

/**
 * A sampling profiler of the FX thread's long pulses: an animation timer notes every pulse, and a daemon thread looks
 * every 5 ms; while no pulse came for over 40 ms it takes the FX thread's stack and counts its top frames (JavaFX and
 * Baken ones). What the FX thread did during the long pulses is then the most counted stacks. Start and stop on FX.
 */
final class FxStallSampler extends AnimationTimer {

    private static final long STALL_NANOS = 40_000_000L;
    private static final int FRAMES = 8;
    private volatile long lastPulse;
    private volatile boolean running;
    private volatile Thread fx;
    private final Map<String, Integer> stacks = new HashMap<>();
    private int samples;

    @Override
    public void start() {
        fx = Thread.currentThread();
        lastPulse = System.nanoTime();
        running = true;
        super.start();
        Thread sampler = new Thread(this::sample, "fx-stall-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    @Override
    public void stop() {
        running = false;
        super.stop();
    }

    @Override
    public void handle(long now) {
        lastPulse = System.nanoTime();
    }

    private void sample() {
        while (running) {
            if (System.nanoTime() - lastPulse > STALL_NANOS) {
                String top = java.util.Arrays.stream(fx.getStackTrace())
                        .filter(f -> f.getClassName().startsWith("javafx.")
                                || f.getClassName().startsWith("com.sun.javafx")
                                || f.getClassName().startsWith("nl.baken"))
                        .limit(FRAMES)
                        .map(f -> simple(f.getClassName()) + "." + f.getMethodName())
                        .collect(Collectors.joining(" < "));
                if (top.isEmpty()) {
                    // Outside JavaFX and Baken (waiting in glass's event loop, for the renderer, a lock): what it is,
                    // and what the renderer does meanwhile (a pulse waits for the previous frame to be drawn).
                    top = java.util.Arrays.stream(fx.getStackTrace()).limit(3)
                            .map(f -> simple(f.getClassName()) + "." + f.getMethodName())
                            .collect(Collectors.joining(" < ", "[" + fx.getState() + "] ", "")) + renderer();
                }
                synchronized (stacks) {
                    stacks.merge(top, 1, Integer::sum);
                    samples++;
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The renderer thread's top frames, or nothing when there is none. */
    private static String renderer() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("QuantumRenderer"))
                .findFirst()
                .map(e -> java.util.Arrays.stream(e.getValue()).limit(4)
                        .map(f -> simple(f.getClassName()) + "." + f.getMethodName())
                        .collect(Collectors.joining(" < ", "; renderer [" + e.getKey().getState() + "] ", "")))
                .orElse("");
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The {@code n} most sampled stacks during stalls, with their share of all stall samples. */
    List<String> top(int n) {
        synchronized (stacks) {
            int all = Math.max(1, samples);
            return stacks.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(n)
                    .map(e -> String.format(Locale.ROOT, "%d%% (%d × 5 ms): %s", 100 * e.getValue() / all, e.getValue(),
                            e.getKey()))
                    .toList();
        }
    }
}
