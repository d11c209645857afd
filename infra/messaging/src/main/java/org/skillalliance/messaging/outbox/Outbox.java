package org.skillalliance.messaging.outbox;

import java.sql.Timestamp;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.messaging.MessagingProperties;
import org.skillalliance.messaging.tracing.MessageTracing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a service writes the events of a business change. It must be called inside the transaction of that change:
 * the event then commits or rolls back with it, and is published by the relay after commit.
 */
public class Outbox {

    /** Fixed: every event of an aggregate must fall in the same shard whatever the configuration. */
    public static final int SHARDS = 16;

    private final JdbcClient jdbc;
    private final EventRegistry registry;
    private final MessagingProperties properties;
    private final MessageTracing tracing;

    public Outbox(JdbcClient jdbc, EventRegistry registry, MessagingProperties properties, MessageTracing tracing) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.properties = properties;
        this.tracing = tracing;
    }

    /**
     * Stores one event of this service for publication, with the current trace context (the relay publishes it in
     * that trace).
     *
     * @param eventType   logical type name, as in the contracts ({@code EnrolmentConfirmed})
     * @param aggregateId the aggregate the event is about; it becomes the Kafka key
     * @param payload     the payload record; it is checked against the type's JSON Schema here
     * @return the envelope that will be published
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EventEnvelope append(String eventType, Object aggregateId, Object payload) {
        EventEnvelope envelope = registry.envelope(eventType, aggregateId.toString(), properties.service(), payload);
        return store(envelope, envelope.occurredAt());
    }

    /**
     * Stores one event of a change that happened earlier than now, with that time as its {@code occurredAt}
     * (curriculum-service's history import: consumers that act only on news, such as member-service's notifications,
     * then leave it alone). Otherwise as {@link #append(String, Object, Object)}. The row's {@code occurred_at}, which
     * only the backlog's age reads, is when it was stored: the row has waited since then, not since the past day.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EventEnvelope appendPast(
            String eventType, Object aggregateId, Object payload, java.time.Instant occurredAt) {
        return store(
                registry.envelope(eventType, aggregateId.toString(), properties.service(), payload, occurredAt),
                java.time.Instant.now());
    }

    private EventEnvelope store(EventEnvelope envelope, java.time.Instant storedAt) {
        jdbc.sql("""
                insert into outbox_event (event_id, topic, aggregate_id, event_type, shard, envelope, occurred_at,
                                          trace_context)
                values (:eventId, :topic, :aggregateId, :eventType, :shard, :envelope, :occurredAt, :traceContext)
                """)
                .param("eventId", envelope.eventId())
                .param("topic", properties.topic())
                .param("aggregateId", envelope.aggregateId())
                .param("eventType", envelope.eventType())
                .param("shard", shardOf(envelope.aggregateId()))
                .param("envelope", registry.toJson(envelope))
                .param("occurredAt", Timestamp.from(storedAt))
                .param("traceContext", TraceContextColumn.write(tracing.currentContext()))
                .update();
        return envelope;
    }

    static int shardOf(String aggregateId) {
        return Math.floorMod(aggregateId.hashCode(), SHARDS);
    }
}
