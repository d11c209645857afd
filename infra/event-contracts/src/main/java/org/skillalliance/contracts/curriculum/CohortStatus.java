package org.skillalliance.contracts.curriculum;

/** The life cycle of a cohort. */
public enum CohortStatus {
    /** Scheduled, not yet open for enrolment. */
    PLANNED,
    /** Accepting enrolments (inside the enrolment window). */
    OPEN,
    /** Started: its confirmed seats are final and costs are shared over them. */
    RUNNING,
    /** Finished; outcomes are recorded. */
    COMPLETED,
    /** Called off; its enrolments are cancelled. */
    CANCELLED
}
