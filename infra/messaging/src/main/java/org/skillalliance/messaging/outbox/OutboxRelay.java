package org.skillalliance.messaging.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.skillalliance.messaging.MessagingProperties;
import org.skillalliance.messaging.tracing.MessageTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka, oldest first per shard, and marks them published once the broker has
 * acknowledged them (at least once: a crash between the acknowledgement and the mark publishes the event again, and
 * consumers are idempotent).
 *
 * <p>One shard is worked by one relay at a time: the relay takes {@code pg_try_advisory_xact_lock} on the shard for the
 * length of its transaction, so several instances share the shards without publishing an aggregate's events out of
 * order. A failed send stops the batch at the failure: the acknowledged prefix is marked, the rest waits for the next
 * round, which comes after a pause that doubles up to the configured maximum.
 *
 * <p>Each record is sent in an {@code outbox publish} span that continues the trace context stored with the event, so
 * the producer span of the Kafka template, and through the record's headers every consumer, join the trace of the
 * request that raised the event.
 */
public class OutboxRelay implements SmartLifecycle {

    public static final String EVENT_TYPE_HEADER = "event-type";
    public static final String EVENT_ID_HEADER = "event-id";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int ADVISORY_LOCK_NAMESPACE = 0x5A11_0B0C;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final MessagingProperties.Relay settings;
    private final MessageTracing tracing;
    private final AtomicLong published = new AtomicLong();

    private ScheduledExecutorService executor;
    private volatile boolean running;
    private volatile Duration currentPause;
    private Instant nextPurge = Instant.now();

    public OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            MessagingProperties.Relay settings,
            MessageTracing tracing) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.settings = settings;
        this.tracing = tracing;
        this.currentPause = settings.pollInterval();
    }

    /**
     * One pass over every shard, starting at a random one so that instances spread out.
     *
     * @return what the pass published, and whether a send failed
     */
    public RelayPass relayOnce() {
        int start = ThreadLocalRandom.current().nextInt(Outbox.SHARDS);
        int count = 0;
        boolean failed = false;
        for (int i = 0; i < Outbox.SHARDS; i++) {
            int shard = (start + i) % Outbox.SHARDS;
            ShardResult result = transactions.execute(status -> relayShard(shard));
            count += result.published();
            failed |= result.failed();
        }
        published.addAndGet(count);
        return new RelayPass(count, failed);
    }

    /** Events this relay has published since it started. */
    public long publishedCount() {
        return published.get();
    }

    private ShardResult relayShard(int shard) {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:namespace, :shard)")
                .param("namespace", ADVISORY_LOCK_NAMESPACE)
                .param("shard", shard)
                .query(Boolean.class)
                .single();
        if (!locked) {
            return new ShardResult(0, false);
        }
        List<PendingEvent> pending = jdbc.sql("""
                select position, event_id, topic, aggregate_id, event_type, envelope, trace_context
                from outbox_event
                where shard = :shard and published_at is null
                order by position
                limit :limit
                """)
                .param("shard", shard)
                .param("limit", settings.batchSize())
                .query((rs, n) -> new PendingEvent(
                        rs.getLong("position"),
                        rs.getString("event_id"),
                        rs.getString("topic"),
                        rs.getString("aggregate_id"),
                        rs.getString("event_type"),
                        rs.getString("envelope"),
                        TraceContextColumn.read(rs.getString("trace_context"))))
                .list();
        if (pending.isEmpty()) {
            return new ShardResult(0, false);
        }
        List<CompletableFuture<?>> sends = new ArrayList<>(pending.size());
        List<Span> spans = new ArrayList<>(pending.size());
        boolean failed = false;
        for (PendingEvent event : pending) {
            Span span = tracing.startSpan("outbox publish", event.traceContext())
                    .tag("event.type", event.eventType())
                    .tag("event.id", event.eventId());
            try (Tracer.SpanInScope scope = tracing.inScope(span)) {
                sends.add(kafka.send(event.toRecord()));
                spans.add(span);
            } catch (RuntimeException e) {
                log.warn("Outbox relay could not hand event {} to the producer: {}", event.eventId(), describe(e));
                span.error(e).end();
                failed = true;
                break;
            }
        }
        List<Long> acknowledged = new ArrayList<>(sends.size());
        long deadline = System.nanoTime() + settings.sendTimeout().toNanos();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(pending.get(i).position());
                spans.get(i).end();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = true;
                break;
            } catch (Exception e) {
                log.warn(
                        "Outbox relay: the broker did not acknowledge event {}: {}",
                        pending.get(i).eventId(),
                        describe(e));
                spans.get(i).error(e);
                failed = true;
                break;
            }
        }
        // the spans of sends not acknowledged (after a failure) end unacknowledged; their events go out again later
        for (int i = acknowledged.size(); i < spans.size(); i++) {
            spans.get(i).tag("outbox.acknowledged", "false").end();
        }
        if (!acknowledged.isEmpty()) {
            jdbc.sql("update outbox_event set published_at = now() where position in (:positions)")
                    .param("positions", acknowledged)
                    .update();
        }
        return new ShardResult(acknowledged.size(), failed);
    }

    private void loop() {
        if (!running) {
            return;
        }
        Duration pause;
        try {
            RelayPass pass = relayOnce();
            if (pass.failed()) {
                currentPause = min(currentPause.multipliedBy(2), settings.maxBackoff());
                pause = currentPause;
            } else {
                currentPause = settings.pollInterval();
                pause = pass.published() > 0 ? Duration.ZERO : settings.pollInterval();
            }
            purgeOldPublished();
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed: {}", e.toString());
            currentPause = min(currentPause.multipliedBy(2), settings.maxBackoff());
            pause = currentPause;
        }
        if (running) {
            executor.schedule(this::loop, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void purgeOldPublished() {
        if (Instant.now().isBefore(nextPurge)) {
            return;
        }
        nextPurge = Instant.now().plus(Duration.ofMinutes(10));
        jdbc.sql("delete from outbox_event where published_at < :before")
                .param("before", Timestamp.from(Instant.now().minus(settings.keepPublished())))
                .update();
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause();
                cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public synchronized void start() {
        if (running || !settings.enabled()) {
            return;
        }
        running = true;
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.execute(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(settings.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after the Kafka listeners and the rest of the context, stop before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /** The outcome of one pass over the shards. */
    public record RelayPass(int published, boolean failed) {}

    private record ShardResult(int published, boolean failed) {}

    private record PendingEvent(
            long position,
            String eventId,
            String topic,
            String aggregateId,
            String eventType,
            String envelope,
            Map<String, String> traceContext) {
        ProducerRecord<String, String> toRecord() {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, aggregateId, envelope);
            record.headers().add(EVENT_TYPE_HEADER, eventType.getBytes(StandardCharsets.UTF_8));
            record.headers().add(EVENT_ID_HEADER, eventId.getBytes(StandardCharsets.UTF_8));
            return record;
        }
    }
}
