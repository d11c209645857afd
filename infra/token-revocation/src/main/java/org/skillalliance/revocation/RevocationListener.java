package org.skillalliance.revocation;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.InvalidEventException;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.member.ApiClientRevoked;
import org.skillalliance.messaging.inbox.EventInbox;
import org.skillalliance.messaging.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Records the revocations of {@code member.events.v1} in a service that reads that topic, in a consumer group of its
 * own ({@code <service>.revoked-clients}) so that the service's other listeners of the topic are untouched. Every
 * other event is passed over unread (by its type header). Recording twice changes nothing, so no inbox is needed; a
 * record that is not a valid event is left to the service's own listener of the topic, which dead-letters it.
 */
class RevocationListener {

    private static final Logger log = LoggerFactory.getLogger(RevocationListener.class);

    private final EventInbox inbox;
    private final RevokedClients revoked;

    RevocationListener(EventInbox inbox, RevokedClients revoked) {
        this.inbox = inbox;
        this.revoked = revoked;
    }

    @KafkaListener(
            id = "${skillalliance.messaging.service}-revoked-clients",
            topics = Topics.MEMBER,
            groupId = "${skillalliance.messaging.service}.revoked-clients")
    void on(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(OutboxRelay.EVENT_TYPE_HEADER);
        if (type != null && !EventTypes.API_CLIENT_REVOKED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        EventEnvelope event;
        try {
            event = inbox.parse(record);
        } catch (InvalidEventException invalid) {
            log.debug("Passed over an invalid record at offset {}: {}", record.offset(), invalid.getMessage());
            return;
        }
        if (EventTypes.API_CLIENT_REVOKED.equals(event.eventType())) {
            revoked.record(inbox.payload(event, ApiClientRevoked.class));
        }
    }
}
