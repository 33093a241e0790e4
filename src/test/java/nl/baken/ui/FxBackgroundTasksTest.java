package nl.baken.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Work asked for after the app stopped (a list still loading) is dropped quietly: no exception, no callback. */
class FxBackgroundTasksTest {

    @Test
    void workAfterShutdownIsDroppedWithoutAnExceptionOrACallback() {
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        tasks.shutdown();
        AtomicInteger called = new AtomicInteger();
        assertThatCode(() -> tasks.run(() -> {
            called.incrementAndGet();
            return 1;
        }, r -> called.incrementAndGet(), f -> called.incrementAndGet())).doesNotThrowAnyException();
        assertThatCode(tasks::drain).doesNotThrowAnyException();
        assertThat(called).hasValue(0);
    }
}
