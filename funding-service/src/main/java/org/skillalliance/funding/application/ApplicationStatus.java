package org.skillalliance.funding.application;

import org.jmolecules.ddd.annotation.ValueObject;

/** The lifecycle of a grant application. */
@ValueObject
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
