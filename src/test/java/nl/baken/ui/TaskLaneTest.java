package nl.baken.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A lane's busy state, its finished callback, cancellation and the guard against stale results. */
class TaskLaneTest {

    private final QueuedTasks tasks = new QueuedTasks();
    private final TaskLane lane = tasks.lane();
    private final List<String> seen = new ArrayList<>();

    @Test
    void isBusyFromTheRequestUntilItsResultArrivesAndThenFinishes() {
        lane.run(() -> "list", seen::add, f -> seen.add("failed"), () -> seen.add("finished"));
        assertThat(lane.isBusy()).isTrue();

        tasks.runOldest();

        assertThat(lane.isBusy()).isFalse();
        assertThat(seen).containsExactly("list", "finished");
    }

    @Test
    void aFailureReachesItsCallbackAndStillFinishes() {
        lane.<String>run(() -> {
            throw new IOException("disk");
        }, seen::add, f -> seen.add("failed: " + f.getClass().getSimpleName()), () -> seen.add("finished"));

        tasks.runOldest();

        assertThat(seen).containsExactly("failed: IOException", "finished");
        assertThat(lane.busyProperty().get()).isFalse();
    }

    @Test
    void anOlderResultNeverOverwritesANewerOne() {
        lane.run(() -> "first search", seen::add, f -> seen.add("failed"));
        lane.run(() -> "second search", seen::add, f -> seen.add("failed"));

        tasks.runNewest();
        assertThat(lane.isBusy()).isFalse();
        tasks.runOldest();

        assertThat(seen).containsExactly("second search");
    }

    @Test
    void staysBusyWhileTheNewestRequestRunsEvenWhenAnOlderOneEnds() {
        List<Boolean> busyChanges = new ArrayList<>();
        lane.busyProperty().addListener((o, was, now) -> busyChanges.add(now));
        lane.run(() -> "first", seen::add, f -> seen.add("failed"), () -> seen.add("first finished"));
        lane.run(() -> "second", seen::add, f -> seen.add("failed"));

        tasks.runOldest();
        assertThat(lane.isBusy()).isTrue();
        tasks.runOldest();

        assertThat(seen).containsExactly("first finished", "second");
        assertThat(busyChanges).containsExactly(true, false);
    }

    @Test
    void cancellingSkipsWorkNotStartedAndDropsItsResult() {
        AtomicInteger ran = new AtomicInteger();
        TaskLane.Request request = lane.run(() -> ran.incrementAndGet(), n -> seen.add("result"),
                f -> seen.add("failed"), () -> seen.add("finished"));

        request.cancel();
        assertThat(lane.isBusy()).isFalse();
        assertThat(seen).containsExactly("finished");
        tasks.runOldest();

        assertThat(ran).hasValue(0);
        assertThat(request.isDropped()).isTrue();
        assertThat(seen).containsExactly("finished");
    }

    @Test
    void cancellingTheLaneAfterTheWorkRanStillDropsTheResult() {
        List<Throwable> failures = new ArrayList<>();
        lane.run(() -> {
            lane.cancel(); // the worker finishes, but the screen no longer wants the answer
            return "late";
        }, seen::add, failures::add);

        tasks.runOldest();

        assertThat(seen).isEmpty();
        assertThat(failures).isEmpty();
        assertThat(lane.isBusy()).isFalse();
    }

    @Test
    void theFinishedCallbackOfPlainTasksRunsAfterSuccessAndAfterFailure() {
        BackgroundTasks now = BackgroundTasks.sameThread();
        now.run(() -> "ok", seen::add, f -> seen.add("failed"), () -> seen.add("finished"));
        now.<String>run(() -> {
            throw new CancellationException("x");
        }, seen::add, f -> seen.add("failed"), () -> seen.add("finished again"));

        assertThat(seen).containsExactly("ok", "finished", "failed", "finished again");
    }
}
