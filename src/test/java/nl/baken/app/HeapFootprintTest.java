package nl.baken.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The app's heap free ratios (ADR 0020) are really set in the running JVM. */
class HeapFootprintTest {

    @Test
    void theRunningJvmGetsTheAppsHeapFreeRatios() {
        HeapFootprint.keepSmall();
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("20");
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("20000");
    }
}
