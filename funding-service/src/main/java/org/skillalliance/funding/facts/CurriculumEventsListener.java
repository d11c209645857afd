package org.skillalliance.funding.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps courses, cohorts, enrolments, outcomes and signed-off learning at work current from
 * {@code curriculum.events.v1}. Enrolment and cohort
 * events share the cohort's key, so they arrive in order: when a cohort goes RUNNING its confirmed seats here are
 * the final ones, and {@link CohortStarted} is announced in the same transaction.
 */
@Component
class CurriculumEventsListener {

    static final String CONSUMER = "funding.curriculum-facts";

    record CourseState(UUID courseId, UUID allianceId, BigDecimal hours, List<String> priorityTags) {}

    record CohortState(
            UUID cohortId,
            UUID courseId,
            UUID allianceId,
            UUID organiserId,
            LocalDate startDate,
            LocalDate endDate,
            CohortCost cost,
            org.skillalliance.contracts.curriculum.CohortStatus status,
            Integer confirmedSeats) {}

    record EnrolmentState(UUID enrolmentId, UUID cohortId, UUID staffId, UUID employerId, String status) {}

    record OutcomeState(
            UUID enrolmentId,
            UUID cohortId,
            UUID staffId,
            UUID employerId,
            org.skillalliance.contracts.curriculum.EnrolmentOutcome outcome,
            BigDecimal attendedHours,
            LocalDate completedOn) {}

    record LearningState(
            UUID learningId,
            org.skillalliance.contracts.curriculum.WorkplaceLearningKind kind,
            UUID allianceId,
            UUID employerId,
            UUID staffId,
            int levelReached,
            BigDecimal loggedHours,
            int sessions,
            LocalDate startedOn,
            LocalDate signedOffOn) {}

    private final EventInbox inbox;
    private final JdbcFacts facts;
    private final ApplicationEventPublisher publisher;

    CurriculumEventsListener(EventInbox inbox, JdbcFacts facts, ApplicationEventPublisher publisher) {
        this.inbox = inbox;
        this.facts = facts;
        this.publisher = publisher;
    }

    @KafkaListener(id = "funding-curriculum-facts", topics = Topics.CURRICULUM, groupId = "funding-service")
    void on(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.eventType()) {
            case EventTypes.COURSE_PUBLISHED, EventTypes.COURSE_RETIRED -> {
                CourseState c = inbox.payload(event, CourseState.class);
                facts.upsertCourse(c.courseId(), c.allianceId(), c.hours(), c.priorityTags());
            }
            case EventTypes.COHORT_SCHEDULED, EventTypes.COHORT_STATUS_CHANGED -> {
                CohortState c = inbox.payload(event, CohortState.class);
                CohortStatus status = CohortStatus.valueOf(c.status().name());
                facts.upsertCohort(
                        c.cohortId(),
                        c.courseId(),
                        c.allianceId(),
                        c.organiserId(),
                        c.startDate(),
                        c.endDate(),
                        status,
                        Pricing.valueOf(c.cost().pricing().name()),
                        c.cost().amountMinor(),
                        c.cost().currency(),
                        c.confirmedSeats() == null ? 0 : c.confirmedSeats());
                if (EventTypes.COHORT_STATUS_CHANGED.equals(event.eventType()) && status == CohortStatus.RUNNING) {
                    publisher.publishEvent(new CohortStarted(c.cohortId()));
                }
            }
            case EventTypes.ENROLMENT_CONFIRMED,
                    EventTypes.ENROLMENT_WAITLISTED,
                    EventTypes.ENROLMENT_PROMOTED,
                    EventTypes.ENROLMENT_WITHDRAWN,
                    EventTypes.ENROLMENT_CANCELLED -> {
                EnrolmentState e = inbox.payload(event, EnrolmentState.class);
                facts.upsertEnrolment(e.enrolmentId(), e.cohortId(), e.staffId(), e.employerId(), e.status());
            }
            case EventTypes.ENROLMENT_OUTCOME_RECORDED -> {
                OutcomeState o = inbox.payload(event, OutcomeState.class);
                facts.upsertOutcome(
                        o.enrolmentId(),
                        o.cohortId(),
                        o.staffId(),
                        o.employerId(),
                        EnrolmentOutcome.valueOf(o.outcome().name()),
                        o.attendedHours(),
                        o.completedOn());
                publisher.publishEvent(new OutcomeRecorded(o.enrolmentId(), o.cohortId(), o.employerId()));
            }
            case EventTypes.WORKPLACE_LEARNING_SIGNED_OFF -> {
                LearningState l = inbox.payload(event, LearningState.class);
                boolean first = facts.insertWorkplaceLearning(new Facts.WorkplaceLearning(
                        l.learningId(),
                        l.staffId(),
                        WorkplaceLearningKind.valueOf(l.kind().name()),
                        l.allianceId(),
                        l.employerId(),
                        l.levelReached(),
                        l.loggedHours(),
                        l.sessions(),
                        l.startedOn(),
                        l.signedOffOn()));
                if (first) {
                    publisher.publishEvent(new LearningSignedOff(l.learningId(), l.staffId(), l.employerId()));
                }
            }
            default -> {
                // nothing else concerns funding
            }
        }
    }
}
