package org.skillalliance.funding.facts;

import org.jmolecules.ddd.annotation.ValueObject;

/** The result of an enrolment, as curriculum-service last recorded it (its contract enum is mapped by the listener). */
@ValueObject
public enum EnrolmentOutcome {
    /** Completed the course; only completed seats are reimbursed. */
    COMPLETED,
    /** Attended but did not complete. */
    NOT_COMPLETED,
    /** Never attended. */
    NO_SHOW
}
