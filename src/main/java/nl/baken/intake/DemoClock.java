package nl.baken.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of a demo run: it tells the time a demo case is set at (so cases spread over the past two years, as a
 * real desk's do), and the real time when none is set. Only the demo command's session uses it.
 */
public final class DemoClock extends Clock {

    private final Clock real;
    private volatile Instant pinned;

    public DemoClock(Clock real) {
        this.real = real;
    }

    /** From now on the clock says {@code at}, until {@link #release()} or the next pin. */
    public void pin(Instant at) {
        pinned = at;
    }

    /** Back to the real time (for the lock's audit entry after the run). */
    public void release() {
        pinned = null;
    }

    /** The real time, whatever is pinned. */
    public Instant realInstant() {
        return real.instant();
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at != null ? at : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return real.withZone(zone);
    }
}
