package org.skillalliance.curriculum.enrolment;

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
        append(event);
        listeners.publishEvent(event);
    }

    private void append(EnrolmentEvent event) {
        Enrolment e = event.enrolment();
        switch (event) {
            case EnrolmentEvent.Confirmed c -> outbox.append(EventTypes.ENROLMENT_CONFIRMED, e.cohortId(),
                    new EnrolmentConfirmed(e.id(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(),
                            EnrolmentStatus.CONFIRMED, null, null));
            case EnrolmentEvent.Waitlisted w -> outbox.append(EventTypes.ENROLMENT_WAITLISTED, e.cohortId(),
                    new EnrolmentWaitlisted(e.id(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(),
                            EnrolmentStatus.WAITLISTED, null, w.waitlistPosition()));
            case EnrolmentEvent.Promoted p -> outbox.append(EventTypes.ENROLMENT_PROMOTED, e.cohortId(),
                    new EnrolmentPromoted(e.id(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(),
                            EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED, null));
            case EnrolmentEvent.Withdrawn w -> outbox.append(EventTypes.ENROLMENT_WITHDRAWN, e.cohortId(),
                    new EnrolmentWithdrawn(e.id(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(),
                            EnrolmentStatus.WITHDRAWN, EnrolmentStatus.valueOf(w.previous().name()),
                            w.waitlistPosition()));
            case EnrolmentEvent.Cancelled c -> outbox.append(EventTypes.ENROLMENT_CANCELLED, e.cohortId(),
                    new EnrolmentCancelled(e.id(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(),
                            EnrolmentStatus.CANCELLED, EnrolmentStatus.valueOf(c.previous().name()),
                            c.waitlistPosition()));
            case EnrolmentEvent.OutcomeRecorded o -> {
                Outcome outcome = e.outcome();
                outbox.append(EventTypes.ENROLMENT_OUTCOME_RECORDED, e.cohortId(),
                        new EnrolmentOutcomeRecorded(e.id(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(),
                                EnrolmentOutcome.valueOf(outcome.result().name()), outcome.attendedHours(),
                                outcome.preScore(), outcome.postScore(), outcome.satisfaction(),
                                outcome.credentialAwarded(), outcome.completedOn()));
            }
        }
    }
}
