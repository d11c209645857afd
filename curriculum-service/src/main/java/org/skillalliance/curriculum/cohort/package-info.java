/**
 * Cohorts: one run of a published course for an alliance, organised by an association and taught by a provider, with
 * dates, an enrolment window, a capacity, a minimum number of participants, an optional seat quota per employer and a
 * cost (a total or a price per seat, in minor units of an ISO 4217 currency).
 *
 * <p>Lifecycle: {@code PLANNED -> OPEN -> RUNNING -> COMPLETED}, and {@code CANCELLED} from any state before
 * {@code COMPLETED}. Starting needs the start date to have come and at least the minimum of confirmed seats; the seats
 * confirmed then are final and the waitlist is cancelled. Cancelling cancels every live enrolment. The cohort row is
 * the lock that serialises seat decisions ({@link org.skillalliance.curriculum.cohort.CohortManagement#lockForSeats}).
 *
 * <p>{@code Cohort} returns what happened as a {@code CohortEvent} ({@code Scheduled}, {@code StatusChanged});
 * {@code CohortManagement} hands it to {@code CohortEventsPublisher}, the only class here that knows the wire contracts:
 * it appends {@code CohortScheduled} / {@code CohortStatusChanged} with the complete cohort, keyed by the cohort, dated
 * now or, for the history import, when the step happened.
 */
package org.skillalliance.curriculum.cohort;
