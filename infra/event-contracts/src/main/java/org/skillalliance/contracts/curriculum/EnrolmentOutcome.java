package org.skillalliance.contracts.curriculum;

/** The outcome a provider records for a seat. */
public enum EnrolmentOutcome {
    /** Completed the course; only completed seats are reimbursed. */
    COMPLETED,
    /** Attended but did not complete. */
    NOT_COMPLETED,
    /** Never attended. */
    NO_SHOW
}
