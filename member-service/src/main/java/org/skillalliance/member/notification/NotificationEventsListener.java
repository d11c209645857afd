package org.skillalliance.member.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.EnrolmentCancelled;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentPromoted;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipSuspended;
import org.skillalliance.contracts.member.StaffErased;
import org.skillalliance.messaging.inbox.EventInbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the three topics for what concerns people: curriculum-service's enrolments, cohorts and course titles,
 * funding-service's approved and paid claims, and member-service's own memberships and erasures (a service reacts to
 * its own changes through its topic, as every other consumer does: docs/architecture.md). The inbox applies each event
 * once, in one transaction with its notifications.
 */
@Component
class NotificationEventsListener {

    static final String CONSUMER = "member.notifications";

    private final EventInbox inbox;
    private final NotificationIntake intake;
    private final JdbcNotifications notifications;
    private final Clock clock;
    private final Duration maxAge;

    NotificationEventsListener(
            EventInbox inbox,
            NotificationIntake intake,
            JdbcNotifications notifications,
            Clock clock,
            @Value("${skillalliance.notifications.max-age:24h}") Duration maxAge) {
        this.inbox = inbox;
        this.intake = intake;
        this.notifications = notifications;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * Whether an event is news: the topics are kept forever and read from the start by a new consumer group, so on
     * member-service's first start (or after its group is reset) the whole history passes by. Old events still keep
     * the facts (titles, dates, seats) current; only news is told to anyone.
     */
    private boolean news(EventEnvelope event) {
        return event.occurredAt().isAfter(clock.instant().minus(maxAge));
    }

    @KafkaListener(id = "member-notifications-curriculum", topics = Topics.CURRICULUM, groupId = "member-service")
    void onCurriculum(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, this::applyCurriculum);
    }

    @KafkaListener(id = "member-notifications-funding", topics = Topics.FUNDING, groupId = "member-service")
    void onFunding(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, this::applyFunding);
    }

    @KafkaListener(id = "member-notifications-member", topics = Topics.MEMBER, groupId = "member-service")
    void onMember(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, this::applyMember);
    }

    private void applyCurriculum(EventEnvelope event) {
        String occasion = event.eventId().toString();
        switch (event.eventType()) {
            case EventTypes.COURSE_PUBLISHED -> {
                CoursePublished c = inbox.payload(event, CoursePublished.class);
                notifications.upsertCourse(c.courseId(), c.title());
            }
            case EventTypes.COHORT_SCHEDULED -> {
                CohortScheduled c = inbox.payload(event, CohortScheduled.class);
                notifications.upsertCohort(
                        c.cohortId(), c.courseId(), c.startDate(), c.status().name());
            }
            case EventTypes.COHORT_STATUS_CHANGED -> {
                CohortStatusChanged c = inbox.payload(event, CohortStatusChanged.class);
                notifications.upsertCohort(
                        c.cohortId(), c.courseId(), c.startDate(), c.status().name());
            }
            case EventTypes.ENROLMENT_CONFIRMED -> {
                EnrolmentConfirmed e = inbox.payload(event, EnrolmentConfirmed.class);
                seat(e.enrolmentId(), e.cohortId(), e.staffId(), e.status().name());
                tell(event)
                        .toLearner(
                                NotificationKind.ENROLMENT_CONFIRMED,
                                occasion,
                                e.staffId(),
                                seatFacts(e.cohortId(), e.courseId(), null));
            }
            case EventTypes.ENROLMENT_WAITLISTED -> {
                EnrolmentWaitlisted e = inbox.payload(event, EnrolmentWaitlisted.class);
                seat(e.enrolmentId(), e.cohortId(), e.staffId(), e.status().name());
                tell(event)
                        .toLearner(
                                NotificationKind.ENROLMENT_WAITLISTED,
                                occasion,
                                e.staffId(),
                                seatFacts(e.cohortId(), e.courseId(), e.waitlistPosition()));
            }
            case EventTypes.ENROLMENT_PROMOTED -> {
                EnrolmentPromoted e = inbox.payload(event, EnrolmentPromoted.class);
                seat(e.enrolmentId(), e.cohortId(), e.staffId(), e.status().name());
                tell(event)
                        .toLearner(
                                NotificationKind.ENROLMENT_PROMOTED,
                                occasion,
                                e.staffId(),
                                seatFacts(e.cohortId(), e.courseId(), null));
            }
            case EventTypes.ENROLMENT_WITHDRAWN -> {
                EnrolmentWithdrawn e = inbox.payload(event, EnrolmentWithdrawn.class);
                seat(e.enrolmentId(), e.cohortId(), e.staffId(), e.status().name());
                tell(event)
                        .toLearner(
                                NotificationKind.ENROLMENT_WITHDRAWN,
                                occasion,
                                e.staffId(),
                                seatFacts(e.cohortId(), e.courseId(), null));
            }
            case EventTypes.ENROLMENT_CANCELLED -> {
                // curriculum-service cancels the live enrolments of a cancelled cohort, and the waitlist of a cohort
                // that starts: only the first is news of a cancellation (the cohort's status event comes first, on
                // the same partition, keyed by the cohort)
                EnrolmentCancelled e = inbox.payload(event, EnrolmentCancelled.class);
                seat(e.enrolmentId(), e.cohortId(), e.staffId(), e.status().name());
                if (notifications.cohortCancelled(e.cohortId())) {
                    tell(event)
                            .toLearner(
                                    NotificationKind.COHORT_CANCELLED,
                                    occasion,
                                    e.staffId(),
                                    seatFacts(e.cohortId(), e.courseId(), null));
                }
            }
            default -> {
                // outcomes, retired courses: nothing anyone is told of yet
            }
        }
    }

    private void applyFunding(EventEnvelope event) {
        String occasion = event.eventId().toString();
        switch (event.eventType()) {
            case EventTypes.CLAIM_APPROVED -> {
                ClaimApproved c = inbox.payload(event, ClaimApproved.class);
                tell(event)
                        .toOrganisationAdmins(
                                NotificationKind.CLAIM_APPROVED,
                                occasion,
                                c.employerId(),
                                Map.of(
                                        "organisationId",
                                        c.employerId().toString(),
                                        "claimId",
                                        c.claimId().toString(),
                                        "amountMinor",
                                        Long.toString(c.amountMinor()),
                                        "currency",
                                        c.currency()));
            }
            case EventTypes.DISBURSEMENT_PAID -> {
                DisbursementPaid d = inbox.payload(event, DisbursementPaid.class);
                tell(event)
                        .toOrganisationAdmins(
                                NotificationKind.CLAIM_PAID,
                                occasion,
                                d.employerId(),
                                Map.of(
                                        "organisationId",
                                        d.employerId().toString(),
                                        "claimId",
                                        d.claimId().toString(),
                                        "amountMinor",
                                        Long.toString(d.amountMinor()),
                                        "currency",
                                        d.currency(),
                                        "paidOn",
                                        d.paidOn().toString()));
            }
            default -> {
                // programmes, awards, cost shares: for the funder's and the reports' eyes
            }
        }
    }

    private void applyMember(EventEnvelope event) {
        String occasion = event.eventId().toString();
        switch (event.eventType()) {
            case EventTypes.MEMBERSHIP_ACTIVATED -> {
                MembershipActivated m = inbox.payload(event, MembershipActivated.class);
                tell(event)
                        .toOrganisationAdmins(
                                NotificationKind.MEMBERSHIP_ADMITTED,
                                occasion,
                                m.organisationId(),
                                Map.of(
                                        "organisationId",
                                        m.organisationId().toString(),
                                        "allianceId",
                                        m.allianceId().toString()));
            }
            case EventTypes.MEMBERSHIP_SUSPENDED -> {
                MembershipSuspended m = inbox.payload(event, MembershipSuspended.class);
                tell(event)
                        .toOrganisationAdmins(
                                NotificationKind.MEMBERSHIP_SUSPENDED,
                                occasion,
                                m.organisationId(),
                                Map.of(
                                        "organisationId",
                                        m.organisationId().toString(),
                                        "allianceId",
                                        m.allianceId().toString()));
            }
            case EventTypes.STAFF_ERASED ->
                notifications.forgetStaff(
                        inbox.payload(event, StaffErased.class).staffId());
            default -> {
                // applications, staff registrations and the like concern nobody's inbox
            }
        }
    }

    /** The intake for news; for an old event one that tells nobody. */
    private Teller tell(EventEnvelope event) {
        return news(event) ? new Teller(intake) : new Teller(null);
    }

    /** Passes a message on to the intake, or drops it (an old event replayed). */
    private record Teller(NotificationIntake intake) {

        void toLearner(NotificationKind kind, String occasion, UUID staffId, Map<String, String> facts) {
            if (intake != null) {
                intake.toLearner(kind, occasion, staffId, facts);
            }
        }

        void toOrganisationAdmins(
                NotificationKind kind, String occasion, UUID organisationId, Map<String, String> facts) {
            if (intake != null) {
                intake.toOrganisationAdmins(kind, occasion, organisationId, facts);
            }
        }
    }

    /** Keeps who holds which seat, for the start reminder; an erased learner's seats are not kept. */
    private void seat(UUID enrolmentId, UUID cohortId, UUID staffId, String status) {
        if (notifications.learner(staffId).isPresent()) {
            notifications.upsertEnrolment(enrolmentId, cohortId, staffId, status);
        }
    }

    private static Map<String, String> seatFacts(UUID cohortId, UUID courseId, Integer waitlistPosition) {
        Map<String, String> facts = new HashMap<>();
        facts.put("cohortId", cohortId.toString());
        facts.put("courseId", courseId.toString());
        if (waitlistPosition != null) {
            facts.put("waitlistPosition", waitlistPosition.toString());
        }
        return facts;
    }
}
