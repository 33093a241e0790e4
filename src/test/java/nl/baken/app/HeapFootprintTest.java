package nl.baken.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The app's heap free ratios (ADR 0020) are really set in the running JVM, its native heap can be trimmed, and the
 * one compaction after the unlock's check waits until nobody has typed for a while.
 */
class HeapFootprintTest {

    @Test
    void theRunningJvmGetsTheAppsHeapFreeRatios() {
        HeapFootprint.keepSmall();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("20");
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("20000");
    }

    /** This JDK (17.0.15 on Linux, glibc) has the command: the JVM answers with what the trim gave back. */
    @Test
    void theNativeHeapIsTrimmedOnThisJdk() {
        assertThat(HeapFootprint.trimNativeHeap()).hasValueSatisfying(
                answer -> assertThat(answer).startsWith("Trim native heap: RSS+Swap: ").contains("->"));
    }

    @Test
    void theCompactionWaitsUntilTheWorkerHasNotTypedForTheQuietTime() {
        // The worker types at 0, 2 and 4 s of polls one second apart; then stops.
        long[] sinceInput = {0, 1, 0, 1, 0, 1, 2, 3, 4, 5, 6};
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger compacted = new AtomicInteger();
        HeapFootprint.compactWhenQuiet(() -> {
            assertThat(compacted).as("nothing is compacted while the worker types").hasValue(0);
            return sinceInput[Math.min(polls.getAndIncrement(), sinceInput.length - 1)];
        }, 5, 1, compacted::incrementAndGet);
        assertThat(compacted).as("compacted once").hasValue(1);
        assertThat(polls).as("at the first look five quiet seconds after the last key").hasValue(10);
    }

    @Test
    void aCompactionInterruptedWhileWaitingDoesNotRun() {
        AtomicInteger compacted = new AtomicInteger();
        Thread.currentThread().interrupt();
        HeapFootprint.compactWhenQuiet(() -> 0, 5, 1, compacted::incrementAndGet);
        assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
        assertThat(compacted).hasValue(0);
    }
}
