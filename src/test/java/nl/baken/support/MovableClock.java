package nl.baken.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test sets and moves by hand, in a zone of its choice. */
public final class MovableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void move(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
