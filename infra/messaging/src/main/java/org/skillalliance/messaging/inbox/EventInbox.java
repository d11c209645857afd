package org.skillalliance.messaging.inbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.InvalidEventException;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.UnknownEventTypeException;
import org.skillalliance.messaging.metrics.EventFreshness;
import org.skillalliance.messaging.outbox.OutboxRelay;
import org.skillalliance.messaging.tracing.MessageTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The door of every consumer: a record is checked against the event contracts and its effect applied once.
 *
 * <p>An unreadable record (not JSON, not an envelope, unknown type, payload against its schema, header and envelope
 * disagreeing) raises {@link InvalidEventException}, which is not retried: the error handler sends it straight to
 * {@code <topic>.DLT}. Any other exception of the effect rolls the transaction back, the processed mark with it, and
 * the record is retried with backoff before it is dead-lettered.
 *
 * <p>Once an effect is committed, its delay since the event occurred is recorded ({@link EventFreshness}), and the
 * event is logged once (consumer, type, event id, that delay) in the trace of the request that raised it: a record
 * listener runs in the span of Spring Kafka's observation, and {@link #consumeAll} opens one per record of a batch. The
 * line names no person: events carry ids, and only ids are logged.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EventRegistry registry;
    private final MessageTracing tracing;
    private final EventFreshness freshness;
    /** The topic each event type was last read from, for the figures of the forms that get no record. */
    private final Map<String, String> topicOfType = new ConcurrentHashMap<>();

    public EventInbox(JdbcClient jdbc, TransactionTemplate transactions, EventRegistry registry) {
        this(jdbc, transactions, registry, MessageTracing.NONE, EventFreshness.NONE);
    }

    public EventInbox(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            EventRegistry registry,
            MessageTracing tracing,
            EventFreshness freshness) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.registry = registry;
        this.tracing = tracing;
        this.freshness = freshness;
    }

    /**
     * Parses the record and applies {@code effect} unless this consumer has processed the event before.
     *
     * @param consumer a stable name of the consuming feature, such as {@code curriculum.member-facts}
     * @return whether the effect ran (false for a duplicate)
     */
    public boolean consume(String consumer, ConsumerRecord<String, String> record, Consumer<EventEnvelope> effect) {
        EventEnvelope event = parse(record);
        return processOnce(consumer, record.topic(), event, effect);
    }

    /** Reads a record as an envelope that conforms to its schema, or throws {@link InvalidEventException}. */
    public EventEnvelope parse(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new InvalidEventException(
                    "record at " + record.topic() + "-" + record.partition() + "@" + record.offset() + " has no value");
        }
        EventEnvelope event = registry.parse(record.value());
        Header typeHeader = record.headers().lastHeader(OutboxRelay.EVENT_TYPE_HEADER);
        if (typeHeader != null) {
            String headerType = new String(typeHeader.value(), StandardCharsets.UTF_8);
            if (!headerType.equals(event.eventType())) {
                throw new InvalidEventException("header " + OutboxRelay.EVENT_TYPE_HEADER + " says '" + headerType
                        + "' but the envelope's eventType is '" + event.eventType() + "'");
            }
        }
        topicOfType.put(event.eventType(), record.topic());
        return event;
    }

    /** Applies {@code effect} in one transaction with the record of the event id, unless the id is already there. */
    public boolean processOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        return processOnce(consumer, topicOf(event), event, effect);
    }

    private boolean processOnce(String consumer, String topic, EventEnvelope event, Consumer<EventEnvelope> effect) {
        Boolean applied = transactions.execute(status -> {
            int inserted = jdbc.sql("""
                    insert into processed_event (consumer, event_id, event_type)
                    values (:consumer, :eventId, :eventType)
                    on conflict do nothing
                    """)
                    .param("consumer", consumer)
                    .param("eventId", event.eventId())
                    .param("eventType", event.eventType())
                    .update();
            if (inserted == 0) {
                return false;
            }
            effect.accept(event);
            afterCommit(() -> {
                freshness.applied(consumer, topic, event);
                logApplied(consumer, event);
            });
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }

    /**
     * The batch form of {@link #consume}: parses {@code records} and applies {@code effect} once to each event this
     * consumer has not processed before, in their order, in one transaction (see {@link #processAllOnce}). Each effect
     * runs in a consumer span continuing the trace its record carries; each event is logged in it once committed (a
     * batch that rolls back and is applied again record by record logs each event once).
     *
     * @return the events the effect ran for, in order (duplicates left out)
     */
    public List<EventEnvelope> consumeAll(
            String consumer, List<ConsumerRecord<String, String>> records, Consumer<EventEnvelope> effect) {
        Map<EventEnvelope, ConsumerRecord<String, String>> recordOf = new IdentityHashMap<>();
        List<EventEnvelope> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            EventEnvelope event = parse(record);
            recordOf.put(event, record);
            events.add(event);
        }
        return processAllOnce(consumer, events, event -> {
            Span span = tracing.startConsumerSpan(consumer + " apply", recordOf.get(event))
                    .tag("event.type", event.eventType());
            try (Tracer.SpanInScope scope = tracing.inScope(span)) {
                effect.accept(event);
            } catch (RuntimeException e) {
                span.error(e);
                throw e;
            } finally {
                span.end();
            }
            afterCommit(() -> {
                try (Tracer.SpanInScope scope = tracing.inScope(span)) {
                    logApplied(consumer, event);
                }
            });
        });
    }

    /**
     * The batch form of {@link #processOnce}: applies {@code effect} to each event of {@code events} this consumer has
     * not processed before, in their order, in one transaction (the caller's, if there is one), with one statement
     * recording all of their ids. An event that appears twice in the batch is applied at its first appearance only.
     * For a consumer that takes a poll of records at a time, this spares a round trip to the database per event.
     *
     * @return the events the effect ran for, in order (duplicates left out)
     */
    public List<EventEnvelope> processAllOnce(
            String consumer, List<EventEnvelope> events, Consumer<EventEnvelope> effect) {
        if (events.isEmpty()) {
            return List.of();
        }
        return transactions.execute(status -> {
            Set<UUID> unseen = new HashSet<>(jdbc.sql("""
                    insert into processed_event (consumer, event_id, event_type)
                    select :consumer, e.event_id, e.event_type
                    from unnest(cast(:eventIds as uuid[]), cast(:eventTypes as text[])) as e (event_id, event_type)
                    on conflict do nothing
                    returning event_id
                    """)
                    .param("consumer", consumer)
                    .param(
                            "eventIds",
                            events.stream().map(EventEnvelope::eventId).toArray(UUID[]::new))
                    .param(
                            "eventTypes",
                            events.stream().map(EventEnvelope::eventType).toArray(String[]::new))
                    .query(UUID.class)
                    .list());
            List<EventEnvelope> applied = new ArrayList<>();
            for (EventEnvelope event : events) {
                if (unseen.remove(event.eventId())) {
                    effect.accept(event);
                    applied.add(event);
                }
            }
            afterCommit(() -> applied.forEach(event -> freshness.applied(consumer, topicOf(event), event)));
            return applied;
        });
    }

    private static void logApplied(String consumer, EventEnvelope event) {
        log.atInfo()
                .setMessage("{} applied {} {}")
                .addArgument(consumer)
                .addArgument(event.eventType())
                .addArgument(event.eventId())
                .addKeyValue(
                        "skillalliance.event.delay_ms",
                        Duration.between(event.occurredAt(), Instant.now()).toMillis())
                .log();
    }

    public <P> P payload(EventEnvelope event, Class<P> payloadClass) {
        return registry.payload(event, payloadClass);
    }

    /**
     * Runs {@code action} once the current transaction has committed (the outermost one, where the caller's encloses
     * the inbox's): an effect is applied when others can see it, and a rolled-back one is not.
     */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** The topic the event was read from, else the one its type is published on, else {@code unknown}. */
    private String topicOf(EventEnvelope event) {
        String read = topicOfType.get(event.eventType());
        if (read != null) {
            return read;
        }
        try {
            return Topics.of(event.eventType());
        } catch (UnknownEventTypeException notThePlatforms) {
            return "unknown";
        }
    }
}
