package nl.baken.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption.Origin;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the JVM to keep its heap close to what the app uses: after a collection that leaves more than
 * {@value #MAX_FREE_PERCENT} % of the heap free, G1 gives the rest back to the laptop, and an idle app is collected
 * every {@value #IDLE_COLLECTION_MS} ms so that it happens (ADR 0020). The three are "manageable" HotSpot flags, so
 * they are set here rather than on a command line that {@code java -jar} and {@code javafx:run} would each repeat.
 * After the unlock's full check, the heap is compacted once and the C library's free memory given back, while the
 * worker does not type ({@link #compactWhenQuiet(LongSupplier)}).
 */
final class HeapFootprint {

    private static final Logger LOG = LoggerFactory.getLogger(HeapFootprint.class);
    static final int MIN_FREE_PERCENT = 10;
    static final int MAX_FREE_PERCENT = 20;
    /**
     * A collection after this long without one: G1 only gives memory back after a collection, and the full check
     * after unlock (half a million rows at 10,000 demo cases) leaves the heap at 1.4 GB, mostly garbage, until the
     * next one, which an idle app may never need.
     */
    static final long IDLE_COLLECTION_MS = 20_000;
    /** The time without keyboard or mouse input (5 s) after which the one full collection may pause the app. */
    static final long QUIET_NANOS = 5_000_000_000L;
    private static final long POLL_MS = 1_000;
    private static final long TRIM_AFTER_COLLECTION_MS = 5_000;
    /** A compaction waits for the quiet time: an unlock meanwhile (lock, unlock) does not add a second one. */
    private static final AtomicBoolean WAITING = new AtomicBoolean();

    private HeapFootprint() {
    }

    /**
     * Sets the heap's free ratios and the idle collection, each unless the command line set it. A JVM without the
     * flags, or a runtime without the jdk.management module (a NoClassDefFoundError), keeps its own: the app starts
     * either way.
     */
    static void keepSmall() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (unset(vm, "MaxHeapFreeRatio") && unset(vm, "MinHeapFreeRatio")) {
                // Min first: HotSpot refuses a MaxHeapFreeRatio below the current MinHeapFreeRatio.
                vm.setVMOption("MinHeapFreeRatio", Integer.toString(MIN_FREE_PERCENT));
                vm.setVMOption("MaxHeapFreeRatio", Integer.toString(MAX_FREE_PERCENT));
            }
            if (unset(vm, "G1PeriodicGCInterval")) {
                vm.setVMOption("G1PeriodicGCInterval", Long.toString(IDLE_COLLECTION_MS));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.info("heap free ratios left as they are: {}", e.getClass().getName());
        }
    }

    /**
     * Gives the C library's free memory back to the laptop (glibc's {@code malloc_trim}, through the JVM's
     * {@code System.trim_native_heap} command): memory the JVM freed (G1's remembered sets of regions given back,
     * compiler buffers) stays in glibc's arenas until this is asked for, 12–34 MB after the unlock's check. Where the
     * command does nothing (Windows, macOS) or is missing (a JDK 17 before 17.0.9), the JVM's answer says so or it is
     * left; the app goes on.
     *
     * @return the JVM's answer, e.g. {@code Trim native heap: RSS+Swap: 378M->344M (-34328K)}; empty if not asked
     */
    static Optional<String> trimNativeHeap() {
        long start = System.nanoTime();
        try {
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {null}, new String[] {String[].class.getName()});
            String text = String.valueOf(answer).strip();
            LOG.info("native heap trimmed in {} ms: {}", (System.nanoTime() - start) / 1_000_000, text);
            return Optional.of(text);
        } catch (JMException | RuntimeException | LinkageError e) {
            LOG.info("native heap left as it is: {}", e.getClass().getName());
            return Optional.empty();
        }
    }

    /**
     * After the unlock's full check: once the worker has not touched the app for 5 s ({@link #QUIET_NANOS}), one full
     * collection and a trim of the native heap, on a low-priority daemon thread of its own ("baken-heap-compact").
     * The check leaves the heap at 1.2 GB with about 80 MB live. The idle collection gives most of it back, but not
     * the garbage in old regions (only mixed collections take that, and an idle app makes none); and G1 frees the
     * remembered sets of the regions it gives back into glibc's arenas, which keep them until a trim. On a 10,000-case
     * demo vault this takes the app 50 s after the check from 349–385 to 277–308 MB. The full collection pauses the
     * app 99–132 ms, once an unlock, while nobody types (docs/performance.md, "Compacted once after the check").
     *
     * @param sinceInput nanoseconds since the last keyboard or mouse input in the window
     */
    static void compactWhenQuiet(LongSupplier sinceInput) {
        if (!WAITING.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                compactWhenQuiet(sinceInput, QUIET_NANOS, POLL_MS, HeapFootprint::compact);
            } finally {
                WAITING.set(false);
            }
        }, "baken-heap-compact");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Looks every {@code pollMs} ms, and runs {@code compact} once {@code sinceInput} reaches {@code quietNanos}. */
    static void compactWhenQuiet(LongSupplier sinceInput, long quietNanos, long pollMs, Runnable compact) {
        while (sinceInput.getAsLong() < quietNanos) {
            if (!slept(pollMs)) {
                return;
            }
        }
        compact.run();
    }

    /**
     * One full collection, then the trim {@value #TRIM_AFTER_COLLECTION_MS} ms later: G1 gives the emptied regions
     * back on a concurrent thread after the collection, and frees their remembered sets only then.
     */
    @SuppressWarnings("java:S1215") // once an unlock, while the worker is away: see compactWhenQuiet
    private static void compact() {
        long start = System.nanoTime();
        System.gc();
        LOG.info("heap compacted after the check in {} ms", (System.nanoTime() - start) / 1_000_000);
        if (slept(TRIM_AFTER_COLLECTION_MS)) {
            trimNativeHeap();
        }
    }

    /** Sleeps; false (the interrupt kept) if interrupted. */
    private static boolean slept(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean unset(HotSpotDiagnosticMXBean vm, String option) {
        return vm.getVMOption(option).getOrigin() == Origin.DEFAULT;
    }
}
