package org.skillalliance.reporting.projection;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.Topics;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds every event of the three topics, once each, to the {@link Projector}, a poll at a time.
 *
 * <p>The records of one poll (up to {@value #MAX_BATCH}) are applied in one transaction: their processed marks in one
 * statement (the inbox's batch form), the seat rows they touch re-derived in one statement per kind before the commit
 * ({@link SeatFacts}), and the watermark moved once, to the latest of them. A burst costs one commit and a handful of
 * statements beside each event's own upsert, which is what lets the projection keep up with the write load on two
 * busy cores, where every round trip to the database waits milliseconds (docs/performance.md).
 *
 * <p>If anything in the batch fails, the whole transaction rolls back and the batch is applied again record by
 * record, each in its own transaction: the records before the failing one keep their effect, and the failing one is
 * reported by its index, so the error handler retries it and then sends it to the DLT (or, with the database
 * unreachable, retries it until it is back) exactly as for a record listener, and goes on with the records after it.
 *
 * <p>The events applied are announced ({@link EventsProjected}) in the transaction that applied them.
 */
@Component
class ProjectionListener {

    static final String LISTENER_ID = "reporting-projections";
    static final String CONSUMER = "reporting.projections";
    static final int MAX_BATCH = 200;

    private final EventInbox inbox;
    private final Projector projector;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher applicationEvents;

    ProjectionListener(
            EventInbox inbox,
            Projector projector,
            TransactionTemplate transactions,
            ApplicationEventPublisher applicationEvents) {
        this.inbox = inbox;
        this.projector = projector;
        this.transactions = transactions;
        this.applicationEvents = applicationEvents;
    }

    @KafkaListener(
            id = LISTENER_ID,
            groupId = "reporting-service",
            batch = "true",
            topics = {Topics.MEMBER, Topics.CURRICULUM, Topics.FUNDING},
            properties = "max.poll.records=" + MAX_BATCH)
    void on(List<ConsumerRecord<String, String>> records) {
        try {
            transactions.executeWithoutResult(status -> {
                projector.planForTheTablesAsTheyAre();
                Instant latest = null;
                List<EventEnvelope> applied = inbox.consumeAll(CONSUMER, records, projector::project);
                for (EventEnvelope event : applied) {
                    if (latest == null || event.occurredAt().isAfter(latest)) {
                        latest = event.occurredAt();
                    }
                }
                if (latest != null) {
                    projector.advanceWatermark(latest);
                    applicationEvents.publishEvent(new EventsProjected(applied));
                }
            });
        } catch (RuntimeException batchFailed) {
            for (int index = 0; index < records.size(); index++) {
                try {
                    // in its own transaction and in the trace its record carries, as in the batch
                    inbox.consumeAll(CONSUMER, List.of(records.get(index)), event -> {
                        projector.apply(event);
                        applicationEvents.publishEvent(new EventsProjected(List.of(event)));
                    });
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException(failed.getMessage(), failed, index);
                }
            }
        }
    }
}
