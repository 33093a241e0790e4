package nl.baken.support;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs work on the FX thread and waits (up to 10 s) for its result, for tests of single controls. */
public final class Fx {

    private Fx() {
    }

    public static <T> T call(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
