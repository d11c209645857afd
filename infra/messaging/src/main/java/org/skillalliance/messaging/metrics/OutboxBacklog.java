package org.skillalliance.messaging.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two gauges of the outbox, read from {@code outbox_event} when they are scraped: how many rows wait to be published
 * ({@value #BACKLOG}) and how long the oldest of them has waited ({@value #OLDEST_AGE}, 0 when none waits). One
 * query gives both, over the partial index of unpublished rows (a healthy outbox holds a handful); its answer is shared
 * by the gauges of a scrape ({@link ScrapeReading}). While the database cannot be read, both are NaN.
 */
public final class OutboxBacklog implements MeterBinder {

    public static final String BACKLOG = "skillalliance.outbox.backlog";
    public static final String OLDEST_AGE = "skillalliance.outbox.oldest.age";

    private record Snapshot(double backlog, double oldestAgeSeconds) {}

    private final JdbcClient jdbc;
    private final ScrapeReading<Snapshot> snapshot;

    public OutboxBacklog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.snapshot = new ScrapeReading<>("the outbox", clock, this::read, new Snapshot(Double.NaN, Double.NaN));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(BACKLOG, this, backlog -> backlog.snapshot.get().backlog())
                .description("Outbox rows not yet published to Kafka")
                .strongReference(true)
                .register(registry);
        Gauge.builder(OLDEST_AGE, this, backlog -> backlog.snapshot.get().oldestAgeSeconds())
                .description("How long the oldest unpublished outbox row has waited (0 when none waits)")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    private Snapshot read(Instant now) {
        return jdbc.sql("select count(*) as backlog, min(occurred_at) as oldest from outbox_event"
                        + " where published_at is null")
                .query((row, number) -> {
                    Timestamp oldest = row.getTimestamp("oldest");
                    double age = oldest == null
                            ? 0
                            : Math.max(
                                    0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
                    return new Snapshot(row.getLong("backlog"), age);
                })
                .single();
    }
}
