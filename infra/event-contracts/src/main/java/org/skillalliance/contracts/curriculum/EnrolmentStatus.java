package org.skillalliance.contracts.curriculum;

/** The life cycle of an enrolment. The three outcome statuses come with {@code EnrolmentOutcomeRecorded}. */
public enum EnrolmentStatus {
    /** Holds a seat. */
    CONFIRMED,
    /** Waits for a seat, first in first out. */
    WAITLISTED,
    /** Withdrawn by the employer. */
    WITHDRAWN,
    /** Cancelled by the platform, for example with its cohort. */
    CANCELLED,
    /** Completed the course. */
    COMPLETED,
    /** Attended but did not complete. */
    NOT_COMPLETED,
    /** Never attended. */
    NO_SHOW
}
