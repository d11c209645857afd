package org.skillalliance.reporting.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: after {@code first}, doubling with each further failure up to {@code max},
 * for as long as the next attempt falls within {@code retryFor} of the first; after that, never (FAILED). With the
 * defaults (5 s, 1 h, 24 h): 5 s, 10 s, 20 s, ... 42 min 40 s, then hourly, 33 attempts in all.
 */
record RetrySchedule(Duration first, Duration max, Duration retryFor) {

    /**
     * The time of the next attempt after {@code failedAttempts} failures, or null when the delivery has failed for
     * good.
     */
    Instant nextAttempt(int failedAttempts, Instant firstAttempt, Instant now) {
        Duration pause = first.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        if (pause.compareTo(max) > 0 || pause.isNegative()) {
            pause = max;
        }
        Instant next = now.plus(pause);
        return next.isAfter(firstAttempt.plus(retryFor)) ? null : next;
    }
}
