package org.skillalliance.curriculum.enrolment;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * What happened to an enrolment. Each carries the enrolment after the change; {@code previous} is the status before
 * it, and {@code waitlistPosition} the 1-based position on the waitlist where the event concerns a waiting request.
 */
@DomainEvent
public sealed interface EnrolmentEvent {

    Enrolment enrolment();

    record Confirmed(Enrolment enrolment) implements EnrolmentEvent {}

    record Waitlisted(Enrolment enrolment, int waitlistPosition) implements EnrolmentEvent {}

    record Promoted(Enrolment enrolment) implements EnrolmentEvent {}

    record Withdrawn(Enrolment enrolment, EnrolmentStatus previous, Integer waitlistPosition)
            implements EnrolmentEvent {}

    record Cancelled(Enrolment enrolment, EnrolmentStatus previous, Integer waitlistPosition)
            implements EnrolmentEvent {}

    record OutcomeRecorded(Enrolment enrolment) implements EnrolmentEvent {}
}
