package org.skillalliance.curriculum.skillsneeds.objective;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest outcome of each enrolment from {@code curriculum.events.v1} ({@code EnrolmentOutcomeRecorded},
 * applied once through the inbox, consumer {@value #CONSUMER}): completion-rate objectives are computed from it.
 */
@Component
class OutcomesListener {

    static final String CONSUMER = "curriculum.objective-outcomes";

    private final EventInbox inbox;
    private final JdbcObjectives objectives;

    OutcomesListener(EventInbox inbox, JdbcObjectives objectives) {
        this.inbox = inbox;
        this.objectives = objectives;
    }

    @KafkaListener(
            id = "curriculum-objective-outcomes",
            topics = Topics.CURRICULUM,
            groupId = "curriculum-service.objective-outcomes")
    void on(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.ENROLMENT_OUTCOME_RECORDED.equals(event.eventType())) {
            EnrolmentOutcomeRecorded o = inbox.payload(event, EnrolmentOutcomeRecorded.class);
            objectives.upsertOutcome(
                    o.enrolmentId(), o.cohortId(), o.courseId(), o.outcome().name(), event.occurredAt());
        }
    }
}
