package org.skillalliance.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's one clock (funding-service's {@code ClockConfiguration} gives way to any other {@link Clock} bean), set
 * by a test to the day a scenario needs: a training plan filed in time before a cohort starts and a claim submitted
 * after it ended are a few months apart, which a test cannot wait for. Every date the service records (plans filed,
 * claims submitted, approvals, ledger days) comes from it; nothing else is replaced.
 */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(LocalDate day) {
        set(day);
    }

    /** From now on it is noon (UTC) of {@code day}. */
    public void set(LocalDate day) {
        now = day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
