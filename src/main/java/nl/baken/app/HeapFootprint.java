package nl.baken.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption.Origin;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the JVM to keep its heap close to what the app uses: after a collection that leaves more than
 * {@value #MAX_FREE_PERCENT} % of the heap free, G1 gives the rest back to the laptop, and an idle app is collected
 * every {@value #IDLE_COLLECTION_MS} ms so that it happens (ADR 0020). The three are "manageable" HotSpot flags, so
 * they are set here rather than on a command line that {@code java -jar} and {@code javafx:run} would each repeat.
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

    private static boolean unset(HotSpotDiagnosticMXBean vm, String option) {
        return vm.getVMOption(option).getOrigin() == Origin.DEFAULT;
    }
}
