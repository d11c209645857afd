package org.skillalliance.curriculum.enrolment;

import java.time.Instant;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.EnrolmentCancelled;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentPromoted;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes enrolment events to the outbox as their contracts, keyed by the cohort (one cohort's seats keep order), and
 * hands each to Spring's listeners inside the transaction, where {@link EnrolmentMetrics} counts it once the
 * transaction commits.
 */
@Component
class EnrolmentEventsPublisher {

    private final Outbox outbox;
    private final ApplicationEventPublisher listeners;

    EnrolmentEventsPublisher(Outbox outbox, ApplicationEventPublisher listeners) {
        this.outbox = outbox;
        this.listeners = listeners;
    }

    void publish(EnrolmentEvent event) {
        Wire wire = wire(event);
        outbox.append(wire.type(), event.enrolment().cohortId(), wire.payload());
        listeners.publishEvent(event);
    }

    /**
     * History import: the event of a change that happened at {@code at}, in the past, dated then. Only the outbox
     * hears of it: {@link EnrolmentMetrics} counts requests made on the platform, and a seat of 2019 is none.
     */
    void publishPast(EnrolmentEvent event, Instant at) {
        Wire wire = wire(event);
        outbox.appendPast(wire.type(), event.enrolment().cohortId(), wire.payload(), at);
    }

    /** An event as it crosses the wire: its logical type and its contract payload. */
    private record Wire(String type, Object payload) {}

    private static Wire wire(EnrolmentEvent event) {
        Enrolment e = event.enrolment();
        return switch (event) {
            case EnrolmentEvent.Confirmed c ->
                new Wire(
                        EventTypes.ENROLMENT_CONFIRMED,
                        new EnrolmentConfirmed(
                                e.id(),
                                e.cohortId(),
                                e.courseId(),
                                e.staffId(),
                                e.employerId(),
                                EnrolmentStatus.CONFIRMED,
                                null,
                                null));
            case EnrolmentEvent.Waitlisted w ->
                new Wire(
                        EventTypes.ENROLMENT_WAITLISTED,
                        new EnrolmentWaitlisted(
                                e.id(),
                                e.cohortId(),
                                e.courseId(),
                                e.staffId(),
                                e.employerId(),
                                EnrolmentStatus.WAITLISTED,
                                null,
                                w.waitlistPosition()));
            case EnrolmentEvent.Promoted p ->
                new Wire(
                        EventTypes.ENROLMENT_PROMOTED,
                        new EnrolmentPromoted(
                                e.id(),
                                e.cohortId(),
                                e.courseId(),
                                e.staffId(),
                                e.employerId(),
                                EnrolmentStatus.CONFIRMED,
                                EnrolmentStatus.WAITLISTED,
                                null));
            case EnrolmentEvent.Withdrawn w ->
                new Wire(
                        EventTypes.ENROLMENT_WITHDRAWN,
                        new EnrolmentWithdrawn(
                                e.id(),
                                e.cohortId(),
                                e.courseId(),
                                e.staffId(),
                                e.employerId(),
                                EnrolmentStatus.WITHDRAWN,
                                EnrolmentStatus.valueOf(w.previous().name()),
                                w.waitlistPosition()));
            case EnrolmentEvent.Cancelled c ->
                new Wire(
                        EventTypes.ENROLMENT_CANCELLED,
                        new EnrolmentCancelled(
                                e.id(),
                                e.cohortId(),
                                e.courseId(),
                                e.staffId(),
                                e.employerId(),
                                EnrolmentStatus.CANCELLED,
                                EnrolmentStatus.valueOf(c.previous().name()),
                                c.waitlistPosition()));
            case EnrolmentEvent.OutcomeRecorded o -> {
                Outcome outcome = e.outcome();
                yield new Wire(
                        EventTypes.ENROLMENT_OUTCOME_RECORDED,
                        new EnrolmentOutcomeRecorded(
                                e.id(),
                                e.cohortId(),
                                e.courseId(),
                                e.staffId(),
                                e.employerId(),
                                EnrolmentOutcome.valueOf(outcome.result().name()),
                                outcome.attendedHours(),
                                outcome.preScore(),
                                outcome.postScore(),
                                outcome.satisfaction(),
                                outcome.credentialAwarded(),
                                outcome.completedOn()));
            }
        };
    }
}
