package nl.baken.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database, file, PDF and key-derivation work off the FX thread and hands the result back on it. All work
 * runs on one worker thread, in the order it was submitted, so an autosave queued before a lock is written
 * before the database closes. Tests use {@link #sameThread()}.
 */
public interface BackgroundTasks {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs work without a result. */
    default void run(ThrowingRunnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ignored -> onSuccess.run(), onFailure);
    }

    /** Runs work without a result whose success needs no answer on the UI thread; a failure still gets one. */
    default void run(ThrowingRunnable work, Consumer<Throwable> onFailure) {
        run(work, () -> {
            // Nothing to show when the work succeeded: the caller asked only to hear of a failure.
        }, onFailure);
    }

    /**
     * Runs {@code work}, then {@code onSuccess} or {@code onFailure}, and after either {@code onFinished}, all on the
     * UI thread: for clean-up that must happen however the work ended.
     */
    default <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onFinished) {
        run(work, result -> {
            try {
                onSuccess.accept(result);
            } finally {
                onFinished.run();
            }
        }, failure -> {
            try {
                onFailure.accept(failure);
            } finally {
                onFinished.run();
            }
        });
    }

    /** A {@link TaskLane} on these tasks: busy state, cancellation and stale-result guards for one kind of request. */
    default TaskLane lane() {
        return new TaskLane(this);
    }

    /** Waits until everything submitted so far has run (used when the app closes). */
    void drain();

    /** Work that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Runs everything at once on the calling thread: for view-model tests without an FX toolkit. */
    static BackgroundTasks sameThread() {
        return new BackgroundTasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void drain() {
            }
        };
    }
}
