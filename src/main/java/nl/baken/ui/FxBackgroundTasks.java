package nl.baken.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link BackgroundTasks} on one daemon worker thread, with results delivered by {@code Platform.runLater}. */
public final class FxBackgroundTasks implements BackgroundTasks {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundTasks.class);
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "baken-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            dropped();
            return;
        }
        try {
            submit(work, onSuccess, onFailure);
        } catch (RejectedExecutionException e) {
            dropped(); // the app stopped between the check and the submit
        }
    }

    /**
     * Work asked for while the app stops (a list that was still loading asks for its next step): nothing is left to
     * show its result on, so it is dropped, said once in the log without a stack trace, and no error is shown.
     */
    private static void dropped() {
        LOG.info("background work dropped: the app is stopping");
    }

    private <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.warn("background work failed: {}", e.getClass().getName());
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void drain() {
        if (executor.isShutdown()) {
            return; // after shutdown everything submitted has finished already
        }
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        try {
            executor.execute(done::countDown);
        } catch (RejectedExecutionException e) {
            return; // shut down meanwhile: everything submitted has finished or is finishing
        }
        try {
            if (!done.await(30, TimeUnit.SECONDS)) {
                LOG.warn("background work still running after 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Finishes what was submitted, then stops the worker thread. */
    public void shutdown() {
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
