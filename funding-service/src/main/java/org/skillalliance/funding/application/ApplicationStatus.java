package org.skillalliance.funding.application;

/** The lifecycle of a grant application. */
public enum ApplicationStatus {
    SUBMITTED,
    UNDER_REVIEW,
    AWARDED,
    REJECTED,
    WITHDRAWN;

    /** Still awaiting a decision. */
    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
