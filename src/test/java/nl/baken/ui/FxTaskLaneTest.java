package nl.baken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import nl.baken.support.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** On the real worker thread and FX toolkit: results come back on the FX thread, and a stale one is dropped. */
class FxTaskLaneTest {

    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDroppedAndTheNewerOneShownOnTheFxThread() throws Exception {
        CountDownLatch slow = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        TaskLane lane = Fx.call(tasks::lane);
        Fx.call(() -> lane.run(() -> {
            started.countDown();
            slow.await(10, TimeUnit.SECONDS);
            return "old";
        }, this::record, f -> seen.add("failed")));
        // The old work must have begun: one dropped before it starts is skipped (by design), and the newer one then
        // ran and finished before the question below (the lane idle, "new on FX" seen: runs 3ffcda1 and e4ab291).
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Fx.call(() -> lane.run(() -> "new", this::record, f -> seen.add("failed"), () -> seen.add("finished")));
        assertThat(Fx.call(lane::isBusy)).as("busy while the newer request waits; seen so far %s", seen).isTrue();

        slow.countDown();
        tasks.drain();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(seen).containsExactly("new on FX", "finished");
        assertThat(Fx.call(lane::isBusy)).isFalse();
    }

    @Test
    void cancelledWorkThatHasNotStartedNeverRuns() throws Exception {
        CountDownLatch slow = new CountDownLatch(1);
        tasks.run(() -> {
            slow.await(10, TimeUnit.SECONDS);
            return null;
        }, r -> seen.add("first"), f -> seen.add("failed"));
        TaskLane lane = Fx.call(tasks::lane);
        TaskLane.Request request = Fx.call(() -> lane.run(() -> seen.add("ran"), r -> seen.add("result"),
                f -> seen.add("failed")));
        Fx.call(() -> {
            request.cancel();
            return null;
        });

        slow.countDown();
        tasks.drain();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(seen).containsExactly("first");
    }

    private void record(String result) {
        seen.add(result + (Platform.isFxApplicationThread() ? " on FX" : " off FX"));
    }
}
