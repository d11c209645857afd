package org.skillalliance.member.roster;

import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.EnrolmentCancelled;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentPromoted;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps whose cohort it is and who holds which seat from {@code curriculum.events.v1}, applied once through the inbox
 * (consumer {@value #CONSUMER}), in a consumer group of its own: a second listener in the notifications' group would
 * share the topic's partitions with it and see only some of the events (curriculum-service's skill records and
 * objectives read their own topic the same way). Every event of a cohort and its enrolments is keyed by the cohort,
 * so they arrive in order and the latest status wins.
 */
@Component
class RosterEventsListener {

    static final String CONSUMER = "member.rosters";

    private final EventInbox inbox;
    private final JdbcRosters rosters;

    RosterEventsListener(EventInbox inbox, JdbcRosters rosters) {
        this.inbox = inbox;
        this.rosters = rosters;
    }

    @KafkaListener(id = "member-rosters", topics = Topics.CURRICULUM, groupId = "member-service.rosters")
    void on(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.eventType()) {
            case EventTypes.COHORT_SCHEDULED -> {
                CohortScheduled c = inbox.payload(event, CohortScheduled.class);
                rosters.upsertCohort(
                        c.cohortId(),
                        c.providerId(),
                        c.organiserId(),
                        c.status().name());
            }
            case EventTypes.COHORT_STATUS_CHANGED -> {
                CohortStatusChanged c = inbox.payload(event, CohortStatusChanged.class);
                rosters.upsertCohort(
                        c.cohortId(),
                        c.providerId(),
                        c.organiserId(),
                        c.status().name());
            }
            case EventTypes.ENROLMENT_CONFIRMED -> {
                EnrolmentConfirmed e = inbox.payload(event, EnrolmentConfirmed.class);
                seat(e.enrolmentId(), e.cohortId(), e.staffId(), e.status().name());
            }
            case EventTypes.ENROLMENT_WAITLISTED -> {
                EnrolmentWaitlisted e = inbox.payload(event, EnrolmentWaitlisted.class);
                seat(e.enrolmentId(), e.cohortId(), e.staffId(), e.status().name());
            }
            case EventTypes.ENROLMENT_PROMOTED -> {
                EnrolmentPromoted e = inbox.payload(event, EnrolmentPromoted.class);
                seat(e.enrolmentId(), e.cohortId(), e.staffId(), e.status().name());
            }
            case EventTypes.ENROLMENT_WITHDRAWN -> {
                EnrolmentWithdrawn e = inbox.payload(event, EnrolmentWithdrawn.class);
                seat(e.enrolmentId(), e.cohortId(), e.staffId(), e.status().name());
            }
            case EventTypes.ENROLMENT_CANCELLED -> {
                EnrolmentCancelled e = inbox.payload(event, EnrolmentCancelled.class);
                seat(e.enrolmentId(), e.cohortId(), e.staffId(), e.status().name());
            }
            case EventTypes.ENROLMENT_OUTCOME_RECORDED -> {
                // the outcome names are the enrolment's final statuses (COMPLETED, NOT_COMPLETED, NO_SHOW)
                EnrolmentOutcomeRecorded o = inbox.payload(event, EnrolmentOutcomeRecorded.class);
                seat(o.enrolmentId(), o.cohortId(), o.staffId(), o.outcome().name());
            }
            default -> {
                // courses and the rest: no roster needs them
            }
        }
    }

    private void seat(UUID enrolmentId, UUID cohortId, UUID staffId, String status) {
        rosters.upsertSeat(enrolmentId, cohortId, staffId, status);
    }
}
