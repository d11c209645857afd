package org.skillalliance.curriculum.enrolment;

import org.jmolecules.ddd.annotation.ValueObject;

/** The lifecycle of an enrolment; the last three are outcomes, recorded once the cohort runs. */
@ValueObject
public enum EnrolmentStatus {
    CONFIRMED,
    WAITLISTED,
    WITHDRAWN,
    CANCELLED,
    COMPLETED,
    NOT_COMPLETED,
    NO_SHOW;

    /** Whether the enrolment still holds or waits for a seat (the one a repeated request returns). */
    public boolean isLive() {
        return this != WITHDRAWN && this != CANCELLED;
    }

    public boolean isOutcome() {
        return this == COMPLETED || this == NOT_COMPLETED || this == NO_SHOW;
    }
}
