package org.skillalliance.platform.demo;

import static org.skillalliance.launcher.Waits.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.skillalliance.platform.Pause;

/**
 * Waiting for the platform's eventual consistency the way a client must: services learn about each other from events,
 * so a call that depends on another service's facts can be refused for a moment (a 422 "not registered", a 404 for a
 * cohort funding has not heard of yet). A refused call writes nothing, so sending it again is safe.
 */
public final class Eventually {

    /** Between two tries: short, since most lags are one event's trip through Kafka (tens of milliseconds). */
    static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {}

    /** Sends the call again while it fails in a way {@code lagging} accepts, until it succeeds or time runs out. */
    public static <T> T retrying(Duration timeout, Predicate<ApiCallFailed> lagging, Supplier<T> call) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                return call.get();
            } catch (ApiCallFailed refused) {
                if (!lagging.test(refused) || Instant.now().isAfter(deadline)) {
                    throw refused;
                }
            }
            Pause.pause(POLL);
        }
    }

    /** Asks {@code probe} until it answers something, or fails with {@code what} when time runs out. */
    public static <T> T until(String what, Duration timeout, Supplier<Optional<T>> probe) {
        try {
            return await(what)
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .pollInSameThread()
                    .until(probe::get, Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException tooLong) {
            throw new IllegalStateException("gave up after " + timeout.toSeconds() + " s waiting for " + what, tooLong);
        }
    }

    /**
     * Refusals that can mean "not known here yet": 404 (funding has not heard of the cohort), 403 (curriculum does not
     * know yet who coordinates the alliance) and 422 (the staff member or membership has not arrived).
     */
    public static boolean notYetKnown(ApiCallFailed refused) {
        return refused.status() == 404 || refused.status() == 403 || refused.status() == 422;
    }
}
