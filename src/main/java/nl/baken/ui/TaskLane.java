package nl.baken.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One kind of background request of a screen (load the list, try the passphrase), on {@link BackgroundTasks}: it is
 * busy while its latest request runs, a newer request makes an older one stale so that an older result never
 * overwrites a newer one, and {@link #cancel()} drops what is still pending. Every request ends in exactly one of
 * success, failure or being dropped, and its finished callback runs in each case. Used from the FX thread only.
 */
public final class TaskLane {

    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Request current;

    public TaskLane(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** True while the latest request has not ended: views disable their buttons on it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Runs {@code work}; its result reaches {@code onSuccess} or {@code onFailure} only if no newer request came. */
    public <T> Request run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(work, onSuccess, onFailure, () -> { /* nothing more to do when it ends */ });
    }

    /**
     * As {@link #run(Callable, Consumer, Consumer)}; {@code onFinished} runs after the success or failure callback,
     * or when the request is dropped as stale or cancelled (then instead of them).
     */
    public <T> Request run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                           Runnable onFinished) {
        Request previous = current;
        Request request = new Request(onFinished);
        current = request;
        busy.set(true);
        if (previous != null) {
            previous.drop(); // after the switch, so busy does not flicker off between the two
        }
        tasks.run(() -> {
            if (request.dropped.get()) {
                throw new CancellationException("dropped before it started");
            }
            return work.call();
        }, result -> request.end(() -> onSuccess.accept(result)),
                failure -> request.end(() -> onFailure.accept(failure)));
        return request;
    }

    /** Drops the pending request, if any: its work is skipped if it has not started, its result is ignored. */
    public void cancel() {
        if (current != null) {
            current.drop();
        }
    }

    /** One submitted request; a dropped one never reports a result. */
    public final class Request {

        private final AtomicBoolean dropped = new AtomicBoolean();
        private final Runnable onFinished;
        private boolean finished;

        private Request(Runnable onFinished) {
            this.onFinished = onFinished;
        }

        /** Drops this request (see {@link TaskLane#cancel()}). */
        public void cancel() {
            drop();
        }

        /** True when it was cancelled or overtaken by a newer request. */
        public boolean isDropped() {
            return dropped.get();
        }

        private void drop() {
            if (finished || !dropped.compareAndSet(false, true)) {
                return;
            }
            finish();
        }

        private void end(Runnable report) {
            if (dropped.get() || finished) {
                return; // a stale result: the newer request (or the cancellation) has the last word
            }
            try {
                report.run();
            } finally {
                finish();
            }
        }

        private void finish() {
            finished = true;
            if (current == this) {
                current = null;
                busy.set(false);
            }
            onFinished.run();
        }
    }
}
