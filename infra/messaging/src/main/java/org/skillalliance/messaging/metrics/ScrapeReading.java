package org.skillalliance.messaging.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database reading shared by the gauges of a scrape: taken when a gauge is asked, kept for 250 ms (so the gauges
 * of one scrape run the query once), and {@code unreadable} while it cannot be taken, never an old value.
 *
 * @param <T> what one reading gives, such as the backlog and the age of its oldest row
 */
public final class ScrapeReading<T> {

    static final Duration KEPT = Duration.ofMillis(250);

    private static final Logger log = LoggerFactory.getLogger(ScrapeReading.class);

    private final String what;
    private final Clock clock;
    private final Function<Instant, T> read;
    private final T unreadable;
    private T last;
    private Instant readAt;

    /**
     * @param what       what is read, for the log line of a failed reading ("the outbox")
     * @param read       takes a reading at the given instant
     * @param unreadable the value while no reading can be taken (NaN figures)
     */
    public ScrapeReading(String what, Clock clock, Function<Instant, T> read, T unreadable) {
        this.what = what;
        this.clock = clock;
        this.read = read;
        this.unreadable = unreadable;
    }

    public synchronized T get() {
        Instant now = clock.instant();
        if (readAt != null && Duration.between(readAt, now).compareTo(KEPT) < 0) {
            return last;
        }
        try {
            last = read.apply(now);
        } catch (RuntimeException failed) {
            log.debug("{} could not be read for its gauges: {}", what, failed.toString());
            last = unreadable;
        }
        readAt = now;
        return last;
    }
}
