package org.skillalliance.curriculum.cohort;

/**
 * What a cohort's lifecycle needs from its enrolments (implemented by the enrolment feature, so that cohorts do not
 * depend on it). Called inside the cohort's transaction, with the cohort row locked.
 */
public interface CohortEnrolments {

    /** Seats confirmed now. */
    int confirmedSeats(Cohort cohort);

    /** The cohort started: requests still waiting will never get a seat and are cancelled. */
    void cohortStarted(Cohort cohort);

    /** The cohort was cancelled: every confirmed and waiting enrolment is cancelled. */
    void cohortCancelled(Cohort cohort);
}
