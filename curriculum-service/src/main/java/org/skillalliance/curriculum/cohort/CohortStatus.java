package org.skillalliance.curriculum.cohort;

/** The lifecycle of a cohort. */
public enum CohortStatus {
    PLANNED,
    OPEN,
    RUNNING,
    COMPLETED,
    CANCELLED
}
