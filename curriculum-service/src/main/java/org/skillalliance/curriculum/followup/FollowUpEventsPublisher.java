package org.skillalliance.curriculum.followup;

import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.FollowUpRecorded;
import org.skillalliance.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Writes follow-up events to the outbox as their contracts, keyed by the cohort (as the cohort's enrolment events, so
 * a consumer sees a seat's outcome before its follow-up).
 */
@Component
class FollowUpEventsPublisher {

    private final Outbox outbox;

    FollowUpEventsPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(FollowUpEvent event) {
        FollowUp followUp = event.followUp();
        FollowUp.Seat seat = followUp.seat();
        switch (event) {
            case FollowUpEvent.Recorded recorded ->
                outbox.append(
                        EventTypes.FOLLOW_UP_RECORDED,
                        seat.cohortId(),
                        new FollowUpRecorded(
                                seat.enrolmentId(),
                                seat.cohortId(),
                                seat.employerId(),
                                followUp.rating(),
                                followUp.recordedOn()));
        }
    }
}
