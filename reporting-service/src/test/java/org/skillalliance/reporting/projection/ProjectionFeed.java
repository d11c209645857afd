package org.skillalliance.reporting.projection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.springframework.context.ApplicationContext;

/**
 * Hands events to the projection listener as the container would, in one poll, for tests whose events must not go
 * over the shared topics (another test class rebuilds its projections from those topics and counts their events).
 */
public final class ProjectionFeed {

    private ProjectionFeed() {}

    /** Applies the events (topic, event) in the order given, as one batch, through the real listener and inbox. */
    public static void apply(ApplicationContext context, List<TopicEvent> events) {
        EventRegistry registry = context.getBean(EventRegistry.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long offset = 0;
        for (TopicEvent event : events) {
            ConsumerRecord<String, String> record = new ConsumerRecord<>(
                    event.topic(), 0, offset++, event.envelope().aggregateId(), registry.toJson(event.envelope()));
            record.headers().add("event-type", event.envelope().eventType().getBytes(StandardCharsets.UTF_8));
            records.add(record);
        }
        context.getBean(ProjectionListener.class).on(records);
    }

    /** An event as published on its topic. */
    public record TopicEvent(String topic, EventEnvelope envelope) {}
}
