package nl.baken.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A test executor: work waits in a queue until the test runs it, so results can arrive in any order. */
final class QueuedTasks implements BackgroundTasks {

    private static final BackgroundTasks NOW = BackgroundTasks.sameThread();
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> NOW.run(work, onSuccess, onFailure));
    }

    /** Runs the oldest waiting work and delivers its outcome. */
    void runOldest() {
        queue.removeFirst().run();
    }

    /** Runs the newest waiting work and delivers its outcome: a later request that ends first. */
    void runNewest() {
        queue.removeLast().run();
    }

    int waiting() {
        return queue.size();
    }

    @Override
    public void drain() {
        while (!queue.isEmpty()) {
            runOldest();
        }
    }
}
