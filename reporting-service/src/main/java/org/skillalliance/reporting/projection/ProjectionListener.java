package org.skillalliance.reporting.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.Topics;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds every event of the three topics, once each, to the {@link Projector}. */
@Component
class ProjectionListener {

    static final String LISTENER_ID = "reporting-projections";
    static final String CONSUMER = "reporting.projections";

    private final EventInbox inbox;
    private final Projector projector;

    ProjectionListener(EventInbox inbox, Projector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @KafkaListener(id = LISTENER_ID, groupId = "reporting-service",
            topics = {Topics.MEMBER, Topics.CURRICULUM, Topics.FUNDING})
    void on(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, projector::apply);
    }
}
