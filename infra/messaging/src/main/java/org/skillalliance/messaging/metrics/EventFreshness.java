package org.skillalliance.messaging.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.skillalliance.contracts.EventEnvelope;

/**
 * How fresh what a consumer applied is (a projection, a read model of another service's facts): for every event the
 * inbox applies, the delay from the event's {@code occurredAt} to the commit of its effect, a timer
 * {@value #APPLY_DELAY}{@code {consumer, topic, event_type}}, and per inbox consumer the time since it last applied an
 * event, a gauge {@value #LAST_APPLIED_AGE}{@code {consumer}}. The delay includes the outbox relay's, the broker's and
 * the consumer's share; a projection rebuilt from offset 0 records the age of every replayed event.
 *
 * <p>{@link #NONE} records nothing, for a service without a meter registry.
 */
public final class EventFreshness {

    public static final String APPLY_DELAY = "skillalliance.event.apply.delay";
    public static final String LAST_APPLIED_AGE = "skillalliance.event.last.applied.age";

    /** Bucket bounds of the delay, so that Prometheus can estimate its quantiles (few, to keep the series few). */
    static final Duration[] BUCKETS = {
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(15),
        Duration.ofSeconds(60),
        Duration.ofMinutes(5)
    };

    public static final EventFreshness NONE = new EventFreshness(null, Clock.systemUTC());

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicReference<Instant>> lastApplied = new ConcurrentHashMap<>();

    public EventFreshness(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Call once the effect of {@code event} has been committed by {@code consumer}. */
    public void applied(String consumer, String topic, EventEnvelope event) {
        if (registry == null) {
            return;
        }
        Instant now = clock.instant();
        Duration delay = Duration.between(event.occurredAt(), now);
        Timer.builder(APPLY_DELAY)
                .description("From an event's occurredAt to the commit of its effect by an inbox consumer")
                .tags("consumer", consumer, "topic", topic, "event_type", event.eventType())
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(delay.isNegative() ? Duration.ZERO : delay);
        lastApplied
                .computeIfAbsent(consumer, name -> {
                    AtomicReference<Instant> last = new AtomicReference<>(now);
                    Gauge.builder(LAST_APPLIED_AGE, last, reference -> secondsSince(reference.get()))
                            .description("Time since the inbox consumer last applied an event")
                            .baseUnit("seconds")
                            .tags("consumer", name)
                            .strongReference(true)
                            .register(registry);
                    return last;
                })
                .set(now);
    }

    private double secondsSince(Instant instant) {
        return Math.max(0, Duration.between(instant, clock.instant()).toMillis() / 1000.0);
    }
}
