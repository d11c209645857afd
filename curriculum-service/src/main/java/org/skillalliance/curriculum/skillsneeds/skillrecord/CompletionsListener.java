package org.skillalliance.curriculum.skillsneeds.skillrecord;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns completions into skill levels from this service's own topic, {@code curriculum.events.v1}: each
 * {@code EnrolmentOutcomeRecorded} is applied once (inbox consumer {@value #CONSUMER}), in the inbox's transaction.
 * Reading the topic rather than hooking into the outcome's transaction keeps enrolments unaware of skills needs, lets
 * the levels be rebuilt from the topic, and is the same path any other service's completions would take.
 */
@Component
class CompletionsListener {

    static final String CONSUMER = "curriculum.skill-records";

    private final EventInbox inbox;
    private final SkillRecordManagement records;

    CompletionsListener(EventInbox inbox, SkillRecordManagement records) {
        this.inbox = inbox;
        this.records = records;
    }

    @KafkaListener(
            id = "curriculum-skill-records",
            topics = Topics.CURRICULUM,
            groupId = "curriculum-service.skill-records")
    void on(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.ENROLMENT_OUTCOME_RECORDED.equals(event.eventType())) {
            EnrolmentOutcomeRecorded outcome = inbox.payload(event, EnrolmentOutcomeRecorded.class);
            records.applyOutcome(
                    new EnrolmentResult(
                            outcome.enrolmentId(),
                            outcome.courseId(),
                            outcome.staffId(),
                            outcome.employerId(),
                            new CourseCompletion(outcome.outcome().name(), outcome.postScore()),
                            outcome.completedOn()),
                    event.occurredAt());
        }
    }
}
